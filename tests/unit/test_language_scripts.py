"""language: py3langid's regional varieties count for their ISO 639-1 language, and a short
text in a non-Latin script takes the language of the page's text in such scripts."""

import pytest

from streams.language import UNDETERMINED, detect_language, detect_languages

ARABIC_LEAD = (
    "أعلنت وزارة الصحة في دولة الإمارات اليوم عن إطلاق حملة وطنية للتطعيم ضد الإنفلونزا "
    "الموسمية تستهدف كبار السن والأطفال في جميع الإمارات"
)
ENGLISH_CARD = (
    "Apple unveils the new iPhone with a faster chip and a better camera for the Gulf market"
)
CHINESE_LEAD = (
    "新加坡总理黄循财今天宣布新的住房政策，政府将在未来五年内增加组屋供应，以满足年轻家庭的需求。"
)
GERMAN_LEAD = (
    "Die Bundesregierung hat sich am Montag auf ein neues Rentenpaket geeinigt. Der "
    "Beitragssatz soll bis 2028 steigen, wie das Arbeitsministerium in Berlin mitteilte."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Modern Standard Arabic splits between py3langid's ar and ary (Moroccan)
        ("قال مسؤولون في الدوحة إن المحادثات ستستأنف الأسبوع المقبل بعد جولة أولى", "ar"),
        ("المغرب يحتضن قمة إفريقية حول المناخ في مراكش بمشاركة خمسين دولة", "ar"),
        ("مصر: الحكومة بتقول إن الأسعار هتنزل الشهر الجاي بعد قرار البنك المركزي", "ar"),
        # Chinese splits between zh and wuu / yue
        ("香港特区政府今日公布新一轮防疫措施，市民须于室内场所佩戴口罩", "zh"),
    ],
)  # fmt: skip
def test_a_regional_variety_counts_for_its_language_and_is_sure(text: str, expected: str) -> None:
    assert detect_language(text, fallback="en") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Lagos: Police arrest 12 suspected cultists in Ikorodu",
        "Tinubu, governors meet over minimum wage as NLC threatens strike",
        "佢哋今日喺立法會度講咗好多嘢",
        "2027 · 12:30 · 4-2 · 17/11",
    ],
)
def test_the_answer_is_an_iso_639_1_code_or_undetermined(text: str) -> None:
    answer = detect_language(text)
    assert len(answer) == 2 or answer == UNDETERMINED


def test_nigerian_news_english_is_english() -> None:
    assert detect_language("Lagos: Police arrest 12 suspected cultists in Ikorodu") == "en"


def test_an_english_card_does_not_make_an_arabic_page_english() -> None:
    texts = [ARABIC_LEAD, "الرياض: ارتفاع أسعار النفط بعد قرار أوبك+", ENGLISH_CARD]
    assert detect_languages(texts) == ["ar", "ar", "en"]


@pytest.mark.parametrize(
    ("page", "title", "expected"),
    [
        ([GERMAN_LEAD], "台北市政府宣布明年起調整公車票價", "zh"),
        ([ENGLISH_CARD, ENGLISH_CARD], "الرياض: ارتفاع أسعار النفط", "ar"),
    ],
)
def test_a_short_title_in_another_script_keeps_its_own_language(
    page: list[str], title: str, expected: str
) -> None:
    assert detect_languages([*page, title])[-1] == expected


@pytest.mark.parametrize(
    ("page", "title", "expected"),
    [
        # must stay: a Latin-script name or brand on an Arabic page takes the page's language
        ([ARABIC_LEAD], "iPhone 17 Pro", "ar"),
        # must stay: two languages of one script, the page's language still decides
        (
            [
                "Уряд ухвалив проєкт бюджету на наступний рік, повідомили в міністерстві "
                "фінансів у Києві в понеділок."
            ],
            "Бюджет 2027",
            "uk",
        ),
        # must stay: a short German teaser beside a Chinese card on a German page
        ([GERMAN_LEAD, CHINESE_LEAD], "Bahn: Streik am Montag", "de"),
    ],
)
def test_a_short_title_in_the_page_script_takes_the_page_language(
    page: list[str], title: str, expected: str
) -> None:
    assert detect_languages([*page, title])[-1] == expected


def test_a_short_title_takes_the_language_of_its_own_script_not_of_another_non_latin_one() -> None:
    # auditor D's D-6: a Cyrillic title took a Han title's language when both were pooled
    russian = (
        "Правительство одобрило проект бюджета на следующий год, сообщили в министерстве "
        "финансов в понедельник."
    )
    texts = [GERMAN_LEAD, russian, "台北市政府宣布明年起調整公車票價", "Путин в Пекине"]
    assert detect_languages(texts) == ["de", "ru", "zh", "ru"]
