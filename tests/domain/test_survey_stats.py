"""Index arithmetic on a known data set; every expectation below was computed by hand."""

from datetime import date

import pytest

from desk_app.domain.survey_stats import OTHER, ResponseFacts, rating_stat, summarise
from desk_app.domain.surveys import Question, Questionnaire

Q = Questionnaire("t", 1, "اختبار", "test", (
    Question("a", "rating", "أ"),
    Question("b", "rating", "ب", required=False),
    Question("got", "yes_no", "حصلت؟"),
    Question("note", "text", "ملاحظات", required=False),
))

A = [5, 4, 4, 3, 2, 5, 5, 4, 1, 3, 4, 5]
B = [1, 2, 3, 4, 5, 3, 3, 4, 2, 3, None, None]  # responses 11 and 12 skip b
GOT = [True] * 9 + [False] * 3
CHANNEL = ["interview"] * 7 + ["phone"] * 3 + ["email"] * 2
BRANCH = ["HQ"] * 10 + ["JED"] * 2
DAY = [date(2026, 1, 10)] * 6 + [date(2026, 3, 5)] * 6


def responses():
    out = []
    for i in range(12):
        answers = {"a": A[i], "got": GOT[i]}
        if B[i] is not None:
            answers["b"] = B[i]
        if i == 3:
            answers["note"] = "المكان مزدحم"
        out.append(ResponseFacts(DAY[i], CHANNEL[i], BRANCH[i], "food_basket", answers))
    return out


def test_question_figures():
    res = summarise(Q, responses())
    a, b = res.ratings
    # a: 5+4+4+3+2+5+5+4+1+3+4+5 = 45 over 12 → 3.75; (3.75-1)/4*100 = 68.75; 4|5: 8 of 12
    assert (a.n, a.mean, a.index, a.top2_share) == (12, 3.75, 68.75, pytest.approx(8 / 12))
    assert a.counts == (1, 1, 2, 4, 4)  # one 1, one 2, two 3s, four 4s, four 5s
    # b: 1+2+3+4+5+3+3+4+2+3 = 30 over 10 → 3.0; index 50; 4|5: 3 of 10
    assert (b.n, b.mean, b.index, b.top2_share) == (10, 3.0, 50.0, 0.3)
    # overall = mean of question indices = (68.75 + 50) / 2
    assert res.overall == 59.375
    assert res.n == 12
    (got,) = res.yes_no
    assert (got.n, got.yes, got.yes_share) == (12, 9, 0.75)
    assert res.comments == (("2026-01", "المكان مزدحم"),)


def test_groups_under_five_are_not_shown_apart():
    res = summarise(Q, responses())
    interview, other = res.groups["channel"]
    # interview = responses 1–7: a 5,4,4,3,2,5,5 = 28/7 = 4.0 → 75; b 1,2,3,4,5,3,3 = 21/7 → 50
    assert (interview.key, interview.n, interview.shown) == ("interview", 7, True)
    assert interview.overall == 62.5
    # phone (3) and email (2) are each under 5: pooled, n = 5, shown as one row.
    # a 4,1,3,4,5 = 17/5 = 3.4 → 60; b 4,2,3 = 9/3 = 3 → 50; overall 55
    assert (other.key, other.n, other.shown, other.pooled) == (OTHER, 5, True, ("email", "phone"))
    assert other.overall == pytest.approx(55.0)
    hq, jed = res.groups["branch"]
    # HQ = responses 1–10: a 36/10 = 3.6 → 65; b 30/10 → 50; overall 57.5
    assert (hq.key, hq.n, hq.overall) == ("HQ", 10, pytest.approx(57.5))
    # JED alone in the pool with 2 responses: hidden, no figures at all
    assert (jed.key, jed.n, jed.shown, jed.overall, jed.ratings) == (OTHER, 2, False, None, ())


def test_trend_by_month_with_a_gap():
    res = summarise(Q, responses())
    jan, feb, mar = res.trend
    assert [m.key for m in res.trend] == ["2026-01", "2026-02", "2026-03"]
    # Jan: a 5,4,4,3,2,5 = 23/6 → (23/6-1)/4*100 = 70.8333; b 18/6 = 3 → 50; overall 60.4167
    assert jan.overall == pytest.approx((70.8333333 + 50) / 2)
    assert jan.ratings[0].index == pytest.approx(70.833333, abs=1e-4)
    assert (feb.n, feb.shown, feb.overall) == (0, False, None)
    # Mar: a 5,4,1,3,4,5 = 22/6 → 66.6667; b 3,4,2,3 = 12/4 = 3 → 50; overall 58.3333
    assert mar.overall == pytest.approx(58.333333, abs=1e-4)


def test_rating_stat_edges():
    assert rating_stat("x", []).mean is None
    one = rating_stat("x", [1, None, 7, True and 5])
    assert (one.n, one.mean, one.index) == (2, 3.0, 50.0)  # None and 7 are not ratings
    assert rating_stat("x", [5, 5]).index == 100.0
    assert rating_stat("x", [1]).index == 0.0
