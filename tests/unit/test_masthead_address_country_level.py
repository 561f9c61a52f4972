"""The masthead spelt as a web address under a country's second-level domain ("KENYAPOST.co.ke"
under "KENYAPOST") is the site's own name, no source; another site's address is one."""

from streams.split_sources import masthead_address


def test_a_masthead_address_with_a_second_level_domain_is_the_site() -> None:
    assert masthead_address("KENYAPOST.co.ke", "KENYAPOST")
    assert masthead_address("www.harbourtimes.com.au", "Harbour Times")
    assert not masthead_address("www.nationnews.co.ke", "KENYAPOST")
