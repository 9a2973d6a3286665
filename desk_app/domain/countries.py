"""Countries offered for nationality and the issuing country of documents (ISO 3166 alpha-2).

The desk mostly meets Saudis, residents and pilgrims: GCC and Arab states first, then the
countries most pilgrims and residents come from. Any other ISO code can be typed.
"""

from __future__ import annotations

COUNTRIES: tuple[tuple[str, str, str], ...] = (
    ("SA", "السعودية", "Saudi Arabia"), ("AE", "الإمارات", "United Arab Emirates"),
    ("BH", "البحرين", "Bahrain"), ("KW", "الكويت", "Kuwait"), ("OM", "عُمان", "Oman"),
    ("QA", "قطر", "Qatar"), ("YE", "اليمن", "Yemen"), ("EG", "مصر", "Egypt"),
    ("SD", "السودان", "Sudan"), ("JO", "الأردن", "Jordan"), ("SY", "سوريا", "Syria"),
    ("LB", "لبنان", "Lebanon"), ("PS", "فلسطين", "Palestine"), ("IQ", "العراق", "Iraq"),
    ("MA", "المغرب", "Morocco"), ("DZ", "الجزائر", "Algeria"), ("TN", "تونس", "Tunisia"),
    ("LY", "ليبيا", "Libya"), ("MR", "موريتانيا", "Mauritania"), ("SO", "الصومال", "Somalia"),
    ("DJ", "جيبوتي", "Djibouti"), ("KM", "جزر القمر", "Comoros"), ("ER", "إريتريا", "Eritrea"),
    ("ET", "إثيوبيا", "Ethiopia"), ("NG", "نيجيريا", "Nigeria"), ("TD", "تشاد", "Chad"),
    ("ML", "مالي", "Mali"), ("NE", "النيجر", "Niger"), ("SN", "السنغال", "Senegal"),
    ("PK", "باكستان", "Pakistan"), ("IN", "الهند", "India"), ("BD", "بنغلاديش", "Bangladesh"),
    ("AF", "أفغانستان", "Afghanistan"), ("ID", "إندونيسيا", "Indonesia"),
    ("MY", "ماليزيا", "Malaysia"), ("PH", "الفلبين", "Philippines"), ("TR", "تركيا", "Türkiye"),
    ("IR", "إيران", "Iran"), ("UZ", "أوزبكستان", "Uzbekistan"), ("KZ", "كازاخستان", "Kazakhstan"),
    ("LK", "سريلانكا", "Sri Lanka"), ("NP", "نيبال", "Nepal"), ("CN", "الصين", "China"),
    ("GB", "المملكة المتحدة", "United Kingdom"), ("US", "الولايات المتحدة", "United States"),
    ("FR", "فرنسا", "France"), ("DE", "ألمانيا", "Germany"),
)

NAMES_AR = {code: ar for code, ar, _ in COUNTRIES}
NAMES_EN = {code: en for code, _, en in COUNTRIES}


def country_name(code: str, lang: str = "ar") -> str:
    names = NAMES_AR if lang == "ar" else NAMES_EN
    return names.get(code.upper(), code.upper())
