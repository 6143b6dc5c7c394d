"""Countries, their alternative names, demonyms and capitals, from the countryinfo package."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from briefgen.extract.lexicon import table, words


@dataclass(frozen=True)
class Gazetteer:
    """Look-ups from a surface form to a country's common English name."""

    names: dict[str, str]  # "Pakistan", "Islamic Republic of Pakistan", "Turkiye" -> country
    demonyms: dict[str, str]  # "Pakistani" -> "Pakistan"
    capitals: dict[str, str]  # "Islamabad" -> "Pakistan"
    provinces: frozenset[str]  # first-level subdivisions: places, never actors by themselves
    codes: dict[str, str]  # ISO codes: "US", "USA", "GB" -> country
    regions: frozenset[str]  # "Europe", "Asia", "Western Europe": world regions

    def country(self, text: str, *, place: bool = False) -> str | None:
        """The country `text` names, by name or alternative spelling; by ISO code too
        ("US", "U.S.") when the text is already known to name a place, since codes alone
        collide with ordinary acronyms ("PK", "AFG")."""
        found = self.names.get(text)
        if found is None and place:
            found = self.codes.get(text.replace(".", ""))
        return found


@cache
def gazetteer() -> Gazetteer:
    """Build the gazetteer once per process."""
    from countryinfo import all_countries

    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    capitals: dict[str, str] = {}
    provinces: set[str] = set()
    all_codes: dict[str, str] = {}
    regions: set[str] = set()
    # Most populous first, so a shared demonym ("American") goes to the country it usually means.
    infos = sorted((c.info() for c in all_countries()), key=lambda i: -(i.get("population") or 0))
    for info in infos:
        name = info.get("name")
        if not name:
            continue
        codes = {str(code) for code in (info.get("ISO") or {}).values() if str(code).isalpha()}
        for code in codes:
            all_codes.setdefault(code, name)
        regions.update(_listed(info.get("region")) + _listed(info.get("subregion")))
        for alias in [name, *(info.get("altSpellings") or [])]:
            # ISO codes ("PK", "AFG") collide with ordinary acronyms; "UK" is no ISO code.
            if alias and alias not in codes and len(alias) > 1:
                names.setdefault(alias, name)
        for demonym in _listed(info.get("demonym")):
            demonyms.setdefault(demonym, name)
        for capital in _listed(info.get("capital")):
            capitals.setdefault(capital, name)
        provinces.update(p for p in _listed(info.get("provinces")) if p not in names)
    for alias, (country,) in table("country_names").items():
        names.setdefault(alias, country)
    for demonym, (country,) in table("demonyms").items():
        demonyms.setdefault(demonym, country)
    regions.update(words("regions"))
    return Gazetteer(names, demonyms, capitals, frozenset(provinces), all_codes, frozenset(regions))


def _listed(value: object) -> list[str]:
    """countryinfo gives one value as a string, several as a list or, now and then, as one
    string with commas ("Bosnian,Herzegovinian")."""
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, str) and item]
