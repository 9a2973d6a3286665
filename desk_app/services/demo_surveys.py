"""Demo survey data: campaigns of every kind and a year of responses (registered in
:data:`desk_app.services.demo.GENERATORS`).

Responses spread over the last twelve months, the profile's channels and services, and three
branches; satisfaction differs by branch and service and improves over the year, and waiting
time scores lowest — so the results screen has something to say. Most answers are anonymous;
interviews and end-of-programme answers sometimes carry the beneficiary. Rows go in with Core
``executemany`` inside the demo's one transaction (no ORM flush, so no per-row audit).
"""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

from sqlalchemy import insert, select, text

from desk_app.domain import survey_defaults as defaults
from desk_app.services.demo_run import DemoRun
from desk_app.storage.surveys_tables import SurveyCampaign, SurveyQuestionnaire, SurveyResponse
from desk_app.storage.tables import new_id

OTHER_BRANCHES = ("JED", "DMM")
COMMENTS = (
    "نأمل تقليل مدة الانتظار", "الموظف كان متعاونًا جدًا، شكرًا لكم",
    "نحتاج توضيح المستندات المطلوبة من البداية", "أتمنى إتاحة التقديم عبر الموقع",
    "مكان الانتظار يحتاج إلى تكييف أفضل", "لم يتم إبلاغي بنتيجة طلبي السابق",
    "خدمة ممتازة وسرعة في الإنجاز", "أقترح رسالة نصية عند اكتمال الطلب",
    "الاستقبال جيد لكن الإجراءات طويلة", "جزاكم الله خيرًا على حسن التعامل",
)
RATING_BIAS = {"reception": 0.3, "clarity": -0.1, "waiting": -0.7, "courtesy": 0.4,
               "overall": 0.0, "waiting_area": -0.3, "office_overall": 0.1}


def _questionnaire_ids(run: DemoRun) -> dict[str, str]:
    s, ids = run.session, {}
    for q in defaults.DEFAULTS:
        found = s.scalar(select(SurveyQuestionnaire.id).where(SurveyQuestionnaire.key == q.key)
                         .order_by(SurveyQuestionnaire.version.desc()).limit(1))
        if found is None:
            found = new_id()
            s.execute(insert(SurveyQuestionnaire), [{
                "id": found, "key": q.key, "version": 1, "data": q.to_dict(),
                "note": "default", "created_at": run.now, "created_by": None}])
        ids[q.key] = found
    return ids


def _rating(rng: random.Random, mu: float) -> int:
    return max(1, min(5, round(rng.gauss(mu, 0.95))))


def _answers(rng: random.Random, key: str, mu: float) -> dict[str, Any]:
    q = defaults.SATISFACTION_V1 if key == defaults.SATISFACTION else defaults.OFFICE_VISIT_V1
    out: dict[str, Any] = {}
    for question in q.questions:
        if question.kind == "rating":
            out[question.code] = _rating(rng, mu + RATING_BIAS.get(question.code, 0.0))
        elif question.kind == "yes_no":
            out[question.code] = rng.random() < 0.55 + (mu - 2.5) * 0.15
        elif question.kind == "single" and rng.random() < 0.8:
            weights = (4, 3, 2, 1) if mu > 3.6 else (2, 3, 3, 2)
            out[question.code] = rng.choices([c.code for c in question.choices], weights)[0]
        elif question.kind == "multiple" and rng.random() < 0.6:
            codes = [c.code for c in question.choices]
            out[question.code] = sorted(rng.sample(codes, rng.randint(1, 2)), key=codes.index)
        elif question.kind == "text" and rng.random() < 0.25:
            out[question.code] = rng.choice(COMMENTS)
    return out


def generate_surveys(run: DemoRun, counts: dict[str, int]) -> dict[str, Any]:
    s, rng = run.session, random.Random(f"{run.seed}:surveys")
    if s.scalar(select(SurveyCampaign.id).limit(1)) is not None:
        return {"survey_campaigns": 0, "survey_responses": 0}  # a database that has surveys
    qids = _questionnaire_ids(run)
    today = run.now.date()
    year_ago = today - timedelta(days=365)
    services = [x.code for x in run.profile.active_services] or [""]
    programmes = [x.code for x in run.profile.active_services if x.programme] or services
    channels = [c.code for c in run.profile.channels] or ["interview"]
    channel_weights = [6 if c == "interview" else 3 if c in ("phone", "website") else 1
                       for c in channels]
    branches = (run.branch, *[b for b in OTHER_BRANCHES if b != run.branch])
    plan = [  # kind, name, questionnaire, service, starts, open, share of responses
        ("periodic", f"الاستبانة الدورية {today.year}", defaults.SATISFACTION, "", year_ago,
         True, 0.55),
        ("end_of_programme", "قياس الرضا بعد نهاية البرنامج", defaults.SATISFACTION,
         programmes[0], year_ago, True, 0.15),
        ("field_survey", "المسح الميداني", defaults.SATISFACTION, "",
         today - timedelta(days=200), False, 0.15),
        ("interview", "مقابلات المستفيدين", defaults.SATISFACTION, "",
         today - timedelta(days=300), True, 0.15),
        ("supervisory_visit", "الزيارات الإشرافية على المكاتب", defaults.OFFICE_VISIT, "",
         year_ago, True, 0.0),
    ]
    campaigns = []
    for kind, name, key, service, starts, is_open, share in plan:
        cid = new_id()
        campaigns.append((cid, kind, key, service, share, starts))
        s.execute(insert(SurveyCampaign), [{
            "id": cid, "kind": kind, "name_ar": name, "name_en": "", "questionnaire_id": qids[key],
            "service_code": service, "starts_on": starts, "ends_on": None if is_open else
            starts + timedelta(days=60), "open": is_open, "created_at": run.now,
            "created_by": None}])
    people = list(s.execute(text("SELECT id FROM beneficiaries ORDER BY seq DESC LIMIT 500"))
                  .scalars())
    total = max(150, min(3000, counts.get("beneficiaries", 0) // 4))
    rows = []
    for cid, kind, key, service, share, starts in campaigns:
        n = round(total * share) if kind != "supervisory_visit" else 12 * len(branches)
        span = max(1, (today - starts).days)
        for _ in range(n):
            day = starts + timedelta(days=rng.randrange(span))
            branch = rng.choices(branches, (6, 3, 2)[:len(branches)])[0]
            svc = service or rng.choice(services)
            mu = 3.4 + (0.4 if branch == run.branch else -0.2) + (day - year_ago).days / 365 * 0.5
            mu += (sum(map(ord, svc)) % 5 - 2) * 0.08  # stable per service
            named = kind in ("interview", "end_of_programme") and people and rng.random() < 0.3
            rows.append({
                "id": new_id(), "campaign_id": cid, "questionnaire_id": qids[key],
                "mode": {"interview": "interview", "supervisory_visit": "visit",
                         "field_survey": "paper"}.get(kind, rng.choice(("kiosk", "kiosk", "desk",
                                                                         "paper"))),
                "channel_code": "" if kind == "supervisory_visit" else
                rng.choices(channels, channel_weights)[0],
                "branch_code": branch, "service_code": "" if kind == "supervisory_visit" else svc,
                "answered_on": day, "beneficiary_id": rng.choice(people) if named else None,
                "answers": _answers(rng, key, mu)})
    s.execute(insert(SurveyResponse), rows)
    run.progress(f"surveys: {len(campaigns)} campaigns, {len(rows)} responses")
    return {"survey_campaigns": len(campaigns), "survey_responses": len(rows)}

