"""The people of the demo registry: names spelled the ways people write them, identity numbers
with valid check digits that never repeat, mobiles, addresses and households, built as row tuples
in :data:`ROW_COLUMNS` order (fast: a million rows in minutes). Used by :mod:`demo`.
"""

from __future__ import annotations

import os
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from desk_app.domain.arabic import normalize_name
from desk_app.domain.identifiers import make_saudi_id
from desk_app.domain.profile import EMPLOYMENT_STATUSES, QUALIFICATIONS
from desk_app.services.demo_run import DemoRun
from desk_app.storage.repositories import bulk

# --- name material ------------------------------------------------------------------------------
# Spellings as people type them: with and without hamza, ة/ه, ى/ي, "عبد ال…" joined or not.

MALE_NAMES = (
    "محمد", "أحمد", "احمد", "عبدالله", "عبد الله", "عبدالرحمن", "عبد الرحمن", "عبدالعزيز",
    "عبد العزيز", "إبراهيم", "ابراهيم", "خالد", "سعد", "فهد", "سلطان", "تركي", "ناصر", "فيصل",
    "مصطفى", "مصطفي", "موسى", "موسي", "يحيى", "يحيي", "عيسى", "علي", "عمر", "عثمان", "حمزة",
    "حمزه", "أسامة", "اسامه", "إسماعيل", "يوسف", "يعقوب", "صالح", "سليمان", "ماجد", "بندر",
    "نايف", "مشعل", "عبدالملك", "عبدالكريم", "عبد الكريم", "عبدالرحيم", "حسن", "حسين", "طلال",
    "وليد", "هشام", "مرتضى", "أنس", "انس", "زكريا", "بدر", "راشد", "منصور", "عادل", "مؤمن",
    "هاني", "سامي", "ياسر", "مازن", "عبدالإله", "عبد الإله", "أيمن", "ايمن", "رائد", "لؤي",
)
FEMALE_NAMES = (
    "فاطمة", "فاطمه", "عائشة", "عائشه", "ليلى", "ليلي", "نورة", "نوره", "سارة", "ساره", "مريم",
    "هدى", "هدي", "منى", "مني", "أمل", "امل", "إيمان", "ايمان", "أسماء", "اسماء", "خديجة",
    "خديجه", "زينب", "رقية", "حصة", "حصه", "لطيفة", "نجلاء", "هيفاء", "أروى", "اروى", "سلمى",
    "سلمي", "رحاب", "جواهر", "العنود", "الجوهرة", "ريم", "دعاء", "آمنة", "امنه", "سمية", "وفاء",
    "بشرى", "ندى", "ندي", "رهف", "شيماء", "غادة", "لبنى", "مها", "أريج", "هند", "سعاد",
)
FAMILY_NAMES = (
    "القحطاني", "العتيبي", "الدوسري", "الشمري", "الغامدي", "الزهراني", "الحربي", "المطيري",
    "السبيعي", "العنزي", "الشهري", "المالكي", "البقمي", "الرشيدي", "الجهني", "السهلي",
    "العمري", "الأحمدي", "الاحمدي", "الأنصاري", "الانصاري", "الهاجري", "المري", "العجمي",
    "الخالدي", "الشهراني", "اليامي", "الزبيدي", "الثقفي", "الحارثي", "البلوي", "العسيري",
    "القرشي", "الهذلي", "الفيفي", "الشريف", "آل مبارك", "آل سالم", "آل عيسى", "آل الشيخ",
    "الإبراهيم", "الابراهيم", "المصطفى", "العيسى", "اليحيى", "الموسى", "باعشن", "بن لادن",
    "بامحرز", "الفاسي", "التركي", "السويلم", "الراشد", "الخضيري", "العبدالله", "عبدالجبار",
)
FOREIGN_FAMILY_NAMES = (
    "خان", "رحمن", "حسين", "الحسيني", "عبد الرؤوف", "سيد", "إقبال", "محمود", "الشيخ", "النجار",
    "المصري", "السوداني", "اليمني", "عثمانوف", "سوهارتو", "أكبر", "الدين",
)

# (city, postal-code prefix, short-address letter, districts, streets)
CITIES = (
    ("الرياض", "1", "R", ("العليا", "الملز", "النسيم", "السويدي", "الروضة", "النخيل"),
     ("طريق الملك فهد", "شارع العليا", "شارع الأمير سلطان", "شارع التخصصي")),
    ("جدة", "2", "J", ("الصفا", "الروضة", "النزهة", "البوادي", "الشاطئ"),
     ("طريق المدينة", "شارع فلسطين", "شارع التحلية", "شارع صاري")),
    ("مكة المكرمة", "2", "M", ("العزيزية", "الشوقية", "النسيم", "الزاهر"),
     ("شارع إبراهيم الخليل", "طريق الملك عبدالله", "شارع المنصور")),
    ("المدينة المنورة", "4", "A", ("قباء", "العوالي", "الحرة الشرقية", "العزيزية"),
     ("طريق الملك عبدالعزيز", "شارع قباء", "شارع السلام")),
    ("الدمام", "3", "D", ("الفيصلية", "الشاطئ", "المزروعية", "الجلوية"),
     ("شارع الملك سعود", "طريق الخليج", "شارع الأمير محمد")),
    ("أبها", "6", "B", ("المنسك", "الخالدية", "الموظفين"), ("طريق الملك فيصل", "شارع الحزام")),
)
# Residents' and visitors' nationalities and, for visitors, a mobile plan of their country:
# (country, E.164 prefix, free digits after it). Every number in these plans is a valid mobile.
RESIDENT_NATIONALITIES = ("EG", "YE", "SD", "SY", "JO", "PK", "IN", "BD")
VISITORS = (
    ("EG", "+2010", 8), ("PK", "+9230", 8), ("ID", "+62812", 7), ("IN", "+919", 9),
    ("NG", "+234803", 7), ("BD", "+88017", 8), ("YE", "+96777", 7), ("SD", "+24991", 7),
)
GCC_VISITORS = ("KW", "BH", "AE", "OM", "QA")
SAUDI_MOBILE_SECOND = "01345689"  # 05x prefixes allocated to mobiles (not 052, 057 is partial)

SPOUSE = {"male": "زوجة", "female": "زوج"}


# --- deterministic unique numbers -------------------------------------------------------------

@dataclass(frozen=True)
class Permutation:
    """``n ↦ (a·n + b) mod size``: a bijection, so distinct row numbers give distinct values."""

    size: int
    a: int
    b: int

    @classmethod
    def for_seed(cls, size: int, seed: int, salt: str) -> Permutation:
        rng = random.Random(f"{seed}:{salt}")
        a = rng.randrange(size // 3, size)
        while _gcd(a, size) != 1:
            a += 1
        return cls(size, a, rng.randrange(size))

    def __call__(self, n: int) -> int:
        return (self.a * n + self.b) % self.size

    def owner(self, value: int) -> int:
        """The ``n`` that maps to ``value`` (modulo ``size``)."""
        return (value - self.b) * pow(self.a, -1, self.size) % self.size


def _gcd(x: int, y: int) -> int:
    while y:
        x, y = y, x % y
    return x


class _NameKeys:
    """``normalize_name`` of a four-part name, from per-part keys computed once per spelling.

    Joining part keys equals normalising the whole name because no part's key ends in the
    word "عبد" (the only rule that reaches across a space); tests check it on every part.
    """

    def __init__(self) -> None:
        self._cache: dict[str, str] = {}

    def part(self, name: str) -> str:
        key = self._cache.get(name)
        if key is None:
            key = self._cache[name] = normalize_name(name)
        return key

    def __call__(self, *parts: str) -> str:
        return " ".join(self.part(p) for p in parts)


@dataclass
class _Plans:
    """Permutations that give each row number its own ID, passport, mobile (per seed)."""

    saudi_id: Permutation
    saudi_mobile: Permutation
    foreign: Permutation

    @classmethod
    def for_seed(cls, seed: int) -> _Plans:
        return cls(Permutation.for_seed(10**8, seed, "id"),
                   Permutation.for_seed(len(SAUDI_MOBILE_SECOND) * 10**7, seed, "mobile"),
                   Permutation.for_seed(10**7, seed, "foreign"))


def _file_number(branch: str, n: int) -> str:
    return f"{branch}-{n:06d}"


# The order in which :class:`_RowMaker` builds a row (checked against the table by the tests).
ROW_COLUMNS = (
    "id", "seq", "file_number", "branch_code", "first_name", "father_name", "grandfather_name",
    "family_name", "name_key", "id_type", "id_number", "id_country", "nationality", "gender",
    "birth_date", "birth_calendar", "mobile", "email", "building_no", "street", "district", "city",
    "postal_code", "additional_no", "short_address", "category_code", "beneficiary_type",
    "contact_channel_code", "qualification", "employment_status", "notes", "data_reviewed_on",
    "created_at", "updated_at", "version",
)
_ID_TYPE, _ID_NUMBER, _ID_COUNTRY = 9, 10, 11
_LETTERS = "ABCDEFGHJKLMNPRSTWXYZ"


def _uuid4s(n: int) -> list[str]:
    """``n`` random version-4 UUID strings (ids must differ between databases: not seeded)."""
    raw = os.urandom(16 * n).hex()
    out = []
    for k in range(0, 32 * n, 32):
        h = raw[k:k + 32]
        out.append(f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}")
    return out


class _RowMaker:
    """Builds beneficiary rows as lists in :data:`ROW_COLUMNS` order."""

    def __init__(self, run: DemoRun, plans: _Plans, first_seq: int, last_seq: int):
        self.run = run
        self.plans = plans
        self.first_seq, self.last_seq = first_seq, last_seq
        self.fallbacks: set[str] = set()
        self.keys = _NameKeys()
        self.categories = tuple(c.code for c in run.profile.categories) or ("",)
        self.channels = tuple(c.code for c in run.profile.channels) or ("",)
        self.qualifications = tuple(QUALIFICATIONS)
        self.employment = tuple(EMPLOYMENT_STATUSES)
        today = run.now.date()
        # Dates as stored, precomputed: formatting a date costs more than picking one.
        self.birth_days = [bulk.sql_date(today - timedelta(days=d))
                           for d in range(18 * 365, 85 * 365)]
        self.child_days = [bulk.sql_date(today - timedelta(days=d)) for d in range(30, 25 * 365)]
        self.review_days = [bulk.sql_date(today - timedelta(days=d)) for d in range(0, 730)]
        self.four_digits = [str(d) for d in range(1000, 10000)]
        self.created = bulk.sql_datetime(run.now)
        self.iqama_families = FAMILY_NAMES + FOREIGN_FAMILY_NAMES

    def chunk(
        self, first_seq: int, first_file: int, n: int, rng: random.Random
    ) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
        rows: list[list[Any]] = []
        household: list[tuple[Any, ...]] = []
        ids = _uuid4s(n)
        for i in range(n):
            row = self.person(first_seq + i, first_file + i, rng)
            row[0] = ids[i]
            rows.append(row)
            if rng.random() < 0.25:
                household.extend(self._household(row, rng))
        self._resolve_taken_ids(rows, rng)
        return [tuple(r) for r in rows], household

    def person(self, seq: int, file_no: int, rng: random.Random) -> list[Any]:
        rnd = rng.random

        def pick(options: Sequence[Any]) -> Any:
            return options[int(rnd() * len(options))]

        r = rnd()
        gender = "male" if rnd() < 0.55 else "female"
        first = pick(MALE_NAMES if gender == "male" else FEMALE_NAMES)
        father, grandfather = pick(MALE_NAMES), pick(MALE_NAMES)
        mobile = self._saudi_mobile(seq)
        if r < 0.74:
            id_type, country, nationality = "national_id", "SA", "SA"
            number = make_saudi_id(1, f"{self.plans.saudi_id(seq):08d}")
            family = pick(FAMILY_NAMES)
        elif r < 0.94:
            id_type, country = "iqama", "SA"
            nationality = pick(RESIDENT_NATIONALITIES)
            number = make_saudi_id(2, f"{self.plans.saudi_id(seq):08d}")
            family = pick(self.iqama_families)
        elif r < 0.95:
            id_type = "gcc_id"
            country = nationality = pick(GCC_VISITORS)
            number = f"{self.plans.foreign(seq):012d}"
            family = pick(FAMILY_NAMES)
        else:  # pilgrims and visitors: passport, and often their own country's mobile
            id_type = "passport"
            country, prefix, width = VISITORS[seq % len(VISITORS)]
            nationality = country
            number = f"P{country}{self.plans.foreign(seq):07d}"
            family = pick(FOREIGN_FAMILY_NAMES)
            if rnd() < 0.7:
                # One row number, one value of the plan: unique within the country's prefix.
                mobile = f"{prefix}{self.plans.foreign(seq) % 10**width:0{width}d}"
        city, postal, letter, districts, streets = pick(CITIES)
        if rnd() < 0.85:
            four = self.four_digits
            address = [pick(four), pick(streets), pick(districts), city,
                       postal + pick(four), pick(four),
                       letter + pick(_LETTERS) + pick(_LETTERS) + pick(_LETTERS) + pick(four)]
        else:
            address = ["", "", "", "", "", "", ""]
        return [
            "", seq, _file_number(self.run.branch, file_no), self.run.branch,
            first, father, grandfather, family, self.keys(first, father, grandfather, family),
            id_type, number, country, nationality, gender, pick(self.birth_days),
            "hijri" if nationality == "SA" and rnd() < 0.3 else "gregorian",
            mobile, f"user{seq}@example.com" if rnd() < 0.2 else "", *address,
            pick(self.categories), "indirect" if rnd() < 0.1 else "direct",
            pick(self.channels), pick(self.qualifications), pick(self.employment), "",
            pick(self.review_days), self.created, self.created, 1,
        ]

    def _saudi_mobile(self, seq: int) -> str:
        value = self.plans.saudi_mobile(seq)
        second = SAUDI_MOBILE_SECOND[value // 10**7]
        return f"+9665{second}{value % 10**7:07d}"

    def _household(self, row: list[Any], rng: random.Random) -> list[tuple[Any, ...]]:
        members = []
        first, father, family, gender = row[4], row[5], row[7], row[13]
        parent = first if gender == "male" else father
        if rng.random() < 0.7:
            spouse = rng.choice(FEMALE_NAMES if gender == "male" else MALE_NAMES)
            members.append((f"{spouse} {family}", SPOUSE[gender], None))
        for _ in range(rng.randrange(0, 4)):
            boy = rng.random() < 0.5
            child = rng.choice(MALE_NAMES if boy else FEMALE_NAMES)
            members.append((f"{child} {parent} {family}", "ابن" if boy else "ابنة",
                            rng.choice(self.child_days)))
        ids = _uuid4s(len(members))
        return [(ids[pos], row[0], pos, name, relation, born, "")
                for pos, (name, relation, born) in enumerate(members)]

    def _resolve_taken_ids(self, rows: list[dict[str, Any]], rng: random.Random) -> None:
        """Give a fresh number to the rare row whose ID someone in the database already has.

        Demo numbers never repeat among themselves (one row number, one number), but a
        database may already hold a registered or imported person with the same one. The
        replacement is checked against the database, against the numbers this run hands out
        (by inverting the permutation) and against earlier replacements.
        """
        session = self.run.session
        taken = bulk.taken_identities(session, (r[_ID_NUMBER] for r in rows))
        for row in rows:
            while (row[_ID_TYPE], row[_ID_COUNTRY], row[_ID_NUMBER]) in taken:
                number, owner = self._fallback(row[_ID_TYPE], row[_ID_COUNTRY], rng)
                if self.first_seq <= owner <= self.last_seq or number in self.fallbacks:
                    continue
                taken |= bulk.taken_identities(session, [number])
                row[_ID_NUMBER] = number
                self.fallbacks.add(number)

    def _fallback(self, id_type: str, country: str, rng: random.Random) -> tuple[str, int]:
        """A random number of the kind, and the row number the permutation gives it to."""
        if id_type in ("national_id", "iqama"):
            body = rng.randrange(10**8)
            kind = 1 if id_type == "national_id" else 2
            return make_saudi_id(kind, f"{body:08d}"), self.plans.saudi_id.owner(body)
        value = rng.randrange(10**7)
        if id_type == "gcc_id":
            return f"{value:012d}", self.plans.foreign.owner(value)
        return f"P{country}{value:07d}", self.plans.foreign.owner(value)
