"""Country tagging: the hard cases of names, context and case."""

import pytest

from streams.enrich import enrich


def codes(text: str, title: str = "") -> dict[str, int]:
    return {t.code: t.mentions for t in enrich(title, text).countries}


@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        ("Officials in the US and the U.S.A. met the UK and U.K. envoys.", {"US", "GB"}, set()),
        (
            "The UAE, the DPRK, the ROK, the PRC and the DRC signed.",
            {"AE", "KP", "KR", "CN", "CD"},
            set(),
        ),
        (
            "South Korean and Emirati ships met Filipino and Congolese boats.",
            {"KR", "AE", "PH", "CD"},
            set(),
        ),
        ("The Kremlin and the Pentagon traded words.", {"RU", "US"}, set()),
        (
            "Downing Street and the Élysée agreed; Zhongnanhai was silent.",
            {"GB", "FR", "CN"},
            set(),
        ),
        ("The Blue House said Pyongyang had fired a missile.", {"KR", "KP"}, set()),
        (
            "Guinea-Bissau, Equatorial Guinea and Papua New Guinea voted.",
            {"GW", "GQ", "PG"},
            {"GN"},
        ),
        ("Guinea voted.", {"GN"}, set()),
        ("Niger and Nigeria share a border.", {"NE", "NG"}, set()),
        ("Dominica is not the Dominican Republic.", {"DM", "DO"}, set()),
        ("The South China Morning Post reported it.", set(), {"CN"}),
        ("The Bank of England raised rates.", {"GB"}, set()),
        ("He flew to New Mexico.", {"US"}, {"MX"}),
        ("Ships sailed the East China Sea.", set(), {"CN"}),
        ("Tension rose on the Korean peninsula.", set(), {"KR", "KP"}),
        ("A student at the University of Hong Kong (HKU) used AI.", {"HK"}, {"CN", "AI"}),
        ("Let us eat turkey with us.", set(), {"US", "TR"}),
        ("Turkey and Türkiye are the same country.", {"TR"}, set()),
        ("Michael Jordan scored 40 points.", set(), {"JO"}),
        ("Jordan and Israel signed a deal in Amman.", {"JO", "IL"}, set()),
        ("Atlanta, Georgia, saw storms; Texas too.", {"US"}, {"GE"}),
        ("Georgia and Russia fought over South Ossetia.", {"GE", "RU"}, set()),
        ("Kinshasa said Congo would vote.", {"CD"}, {"CG"}),
        ("Brazzaville said Congo would vote.", {"CG"}, {"CD"}),
        ("Hong Kong is not Beijing.", {"HK", "CN"}, set()),
    ],
)
def test_hard_cases(text: str, want: set[str], not_want: set[str]) -> None:
    found = set(codes(text))
    assert want <= found, (text, found)
    assert not (not_want & found), (text, found)


def test_all_caps_title_is_read() -> None:
    assert {"US", "JP"} <= set(codes("Talks went on.", title="U.S. URGES JAPAN TO CUT TARIFFS"))


def test_mentions_are_counted() -> None:
    assert codes("China said. China added. Beijing said China.")["CN"] == 4


def test_primary_title_and_lead_weigh_more() -> None:
    tags = enrich(
        "Japan cuts rates",
        "Japan's central bank cut rates on Friday, Japanese officials said.\n\n"
        "Analysts compared the move with one in Canada.",
    ).countries
    primary = {t.code: t.primary for t in tags}
    assert primary == {"JP": True, "CA": False}


def test_names_are_english_short_names() -> None:
    names = {t.code: t.name for t in enrich("", "Seoul, Pyongyang and Washington.").countries}
    assert names == {"KR": "South Korea", "KP": "North Korea", "US": "United States"}


def test_currency_company_seat_and_ticker_do_not_tag_alone() -> None:
    assert codes("The bank issued 100 mln Canadian dlr notes.") == {}
    assert codes("Cyprus Minerals Co said profits rose.") == {}
    assert codes("Champion Corp, based in Stamford, said.") == {}
    assert codes("Union Carbide <UK> said.") == {}
    assert "CA" in codes("Canada said it would issue Canadian dlr notes.")


def test_dateline_is_not_the_lead() -> None:
    tags = enrich(
        "Oil prices rise", "LONDON, March 2 - Iran said oil output rose. Iran added more."
    ).countries
    primary = {t.code: t.primary for t in tags}
    assert primary == {"IR": True, "GB": False}


def test_us_state_abbreviations() -> None:
    assert set(codes("PORTLAND, Ore., Feb 26 - Red Lion Inns said.")) == {"US"}
