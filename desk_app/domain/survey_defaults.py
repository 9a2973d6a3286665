"""The questionnaires shipped with the product (version 1 of each); associations add versions.

``satisfaction``: the beneficiary satisfaction questionnaire asked at the desk, in the kiosk, on
paper or by phone (seed 000 §7–8, seed 003 §4-3 and §5-9): reception, clarity of the procedure,
waiting time, staff courtesy and overall satisfaction (rated 1–5), whether the service was
obtained, how long the wait was, what would help most, and suggestions.

``office_visit``: the supervisory visit checklist (الزيارة الإشرافية), filled in by a
supervisor about an office rather than by a person about a service.
"""

from __future__ import annotations

from desk_app.domain.surveys import Choice, Question, Questionnaire

SATISFACTION = "satisfaction"
OFFICE_VISIT = "office_visit"

#: The words shown under the 1–5 buttons, worst first.
RATING_LABELS_AR = ("غير راضٍ إطلاقًا", "غير راضٍ", "محايد", "راضٍ", "راضٍ جدًا")
RATING_LABELS_EN = ("Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied",
                    "Very satisfied")


def _rating(code: str, ar: str, en: str) -> Question:
    return Question(code, "rating", ar, en)


SATISFACTION_V1 = Questionnaire(
    key=SATISFACTION, version=1,
    title_ar="استبانة قياس رضا المستفيدين",
    title_en="Beneficiary satisfaction questionnaire",
    intro_ar=("رأيك يساعدنا على تحسين خدماتنا. الإجابة تستغرق دقيقتين، وتقييم الخدمة حق لك، "
              "وهو أداة للتطوير لا للعقاب."),
    intro_en=("Your opinion helps us improve our services. It takes two minutes; rating the "
              "service is your right, and a tool for improvement, not punishment."),
    questions=(
        _rating("reception", "ما مدى رضاك عن حسن الاستقبال؟",
                "How satisfied are you with the way you were received?"),
        _rating("clarity", "ما مدى وضوح الإجراءات والمستندات المطلوبة لك؟",
                "How clear were the procedure and the documents required?"),
        _rating("waiting", "ما مدى رضاك عن مدة الانتظار؟",
                "How satisfied are you with the waiting time?"),
        _rating("courtesy", "ما مدى رضاك عن لباقة الموظف واحترامه؟",
                "How satisfied are you with the staff's courtesy and respect?"),
        _rating("overall", "بشكل عام، ما مدى رضاك عن الخدمة المقدمة؟",
                "Overall, how satisfied are you with the service?"),
        Question("service_obtained", "yes_no", "هل حصلت على الخدمة أو المعلومة التي جئت من أجلها؟",
                 "Did you get the service or information you came for?"),
        Question("wait_time", "single", "كم انتظرت تقريبًا قبل أن تُخدم؟",
                 "About how long did you wait before being served?", required=False,
                 choices=(Choice("under_15", "أقل من ربع ساعة", "Less than 15 minutes"),
                          Choice("15_30", "من ربع ساعة إلى نصف ساعة", "15 to 30 minutes"),
                          Choice("30_60", "من نصف ساعة إلى ساعة", "30 minutes to an hour"),
                          Choice("over_60", "أكثر من ساعة", "More than an hour"))),
        Question("improve", "multiple", "ما الذي يحسّن خدمتنا أكثر؟ (يمكنك اختيار أكثر من إجابة)",
                 "What would improve our service most? (choose any)", required=False,
                 choices=(Choice("shorter_wait", "تقليل مدة الانتظار", "Shorter waiting"),
                          Choice("clearer_info", "معلومات أوضح عن الإجراءات",
                                 "Clearer information on procedures"),
                          Choice("online", "التقديم الإلكتروني", "Applying online"),
                          Choice("follow_up", "متابعة الطلب وإبلاغي بالنتيجة",
                                 "Following up my request and telling me the result"),
                          Choice("place", "تهيئة مكان الانتظار", "A better waiting area"))),
        Question("suggestions", "text", "ما اقتراحاتك لتحسين الخدمة؟",
                 "What do you suggest to improve the service?", required=False),
    ),
)

OFFICE_VISIT_V1 = Questionnaire(
    key=OFFICE_VISIT, version=1,
    title_ar="نموذج الزيارة الإشرافية على المكاتب",
    title_en="Supervisory office visit checklist",
    intro_ar="يعبّئه المشرف عن المكتب الذي زاره، لا عن شخص.",
    intro_en="Filled in by the supervisor about the office visited, not about a person.",
    questions=(
        Question("staff_present", "yes_no", "الموظفون موجودون في مواعيد الدوام",
                 "Staff present during office hours"),
        Question("signage", "yes_no", "اللوحات الإرشادية وقنوات التواصل معروضة بوضوح",
                 "Signs and contact channels clearly displayed"),
        Question("forms", "yes_no", "النماذج ودليل الخدمات متوفرة للمستفيدين",
                 "Forms and the service catalogue available to beneficiaries"),
        Question("complaints_visible", "yes_no", "طريقة تقديم الشكوى معلنة للمستفيدين",
                 "How to complain is shown to beneficiaries"),
        Question("privacy", "yes_no", "تُحفظ ملفات المستفيدين بما يضمن سريتها",
                 "Beneficiaries' files are kept confidential"),
        _rating("waiting_area", "تقييم مكان الانتظار", "Rating of the waiting area"),
        _rating("office_overall", "التقييم العام للمكتب", "Overall rating of the office"),
        Question("notes", "text", "ملاحظات المشرف", "Supervisor's notes", required=False),
    ),
)

DEFAULTS: tuple[Questionnaire, ...] = (SATISFACTION_V1, OFFICE_VISIT_V1)

#: Which shipped questionnaire a new campaign of each kind starts from.
DEFAULT_FOR_KIND = {
    "periodic": SATISFACTION, "end_of_programme": SATISFACTION, "field_survey": SATISFACTION,
    "interview": SATISFACTION, "supervisory_visit": OFFICE_VISIT,
}
