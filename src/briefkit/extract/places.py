"""Countries by the names English prose gives them.

Why a list of our own: a state is never a person, yet its name looks like one. An infobox's
"Founders: Iran, Iraq, Kuwait, Saudi Arabia, Venezuela" read as five founders to rules that
know a person only by capitalised words, and nothing in the text tells a one-word country from
a surname; its name does. (A country may well name a part: "National sections: Austria,
Germany" are an organisation's sections in those countries.)

Why not pycountry: ISO 3166 names are not the names articles write ("Russian Federation",
"Iran, Islamic Republic of", "Korea, Republic of"); the common English names, with the former
states and the other names prose still uses, are a short list kept here.
"""
from __future__ import annotations

from .. import recache as re

_NAMES = """
Afghanistan; Albania; Algeria; Andorra; Angola; Antigua and Barbuda; Argentina; Armenia; Australia; Austria;
Azerbaijan; Bahamas; The Bahamas; Bahrain; Bangladesh; Barbados; Belarus; Belgium; Belize; Benin; Bhutan; Bolivia;
Bosnia and Herzegovina; Botswana; Brazil; Brunei; Bulgaria; Burkina Faso; Burundi; Cambodia; Cameroon; Canada;
Cape Verde; Cabo Verde; Central African Republic; Chad; Chile; China; People's Republic of China; Colombia; Comoros;
Republic of the Congo; Congo-Brazzaville; Democratic Republic of the Congo; DR Congo; Congo-Kinshasa; Costa Rica;
Ivory Coast; Côte d'Ivoire; Croatia; Cuba; Cyprus; Czech Republic; Czechia; Denmark; Djibouti; Dominica;
Dominican Republic; East Timor; Timor-Leste; Ecuador; Egypt; El Salvador; Equatorial Guinea; Eritrea; Estonia;
Eswatini; Swaziland; Ethiopia; Fiji; Finland; France; Gabon; Gambia; The Gambia; Georgia; Germany; Ghana; Greece;
Grenada; Guatemala; Guinea; Guinea-Bissau; Guyana; Haiti; Honduras; Hungary; Iceland; India; Indonesia; Iran; Iraq;
Ireland; Republic of Ireland; Israel; Italy; Jamaica; Japan; Jordan; Kazakhstan; Kenya; Kiribati; Kosovo; Kuwait;
Kyrgyzstan; Laos; Latvia; Lebanon; Lesotho; Liberia; Libya; Liechtenstein; Lithuania; Luxembourg; Madagascar;
Malawi; Malaysia; Maldives; Mali; Malta; Marshall Islands; Mauritania; Mauritius; Mexico; Micronesia;
Federated States of Micronesia; Moldova; Monaco; Mongolia; Montenegro; Morocco; Mozambique; Myanmar; Burma; Namibia;
Nauru; Nepal; Netherlands; The Netherlands; New Zealand; Nicaragua; Niger; Nigeria; North Korea; North Macedonia;
Macedonia; Norway; Oman; Pakistan; Palau; Palestine; State of Palestine; Panama; Papua New Guinea; Paraguay; Peru;
Philippines; The Philippines; Poland; Portugal; Qatar; Romania; Russia; Rwanda; Saint Kitts and Nevis; Saint Lucia;
Saint Vincent and the Grenadines; Samoa; San Marino; São Tomé and Príncipe; Saudi Arabia; Senegal; Serbia;
Seychelles; Sierra Leone; Singapore; Slovakia; Slovenia; Solomon Islands; Somalia; South Africa; South Korea;
South Sudan; Spain; Sri Lanka; Sudan; Suriname; Sweden; Switzerland; Syria; Taiwan; Tajikistan; Tanzania; Thailand;
Togo; Tonga; Trinidad and Tobago; Tunisia; Turkey; Türkiye; Turkmenistan; Tuvalu; Uganda; Ukraine;
United Arab Emirates; United Kingdom; Britain; Great Britain; United States; United States of America; Uruguay;
Uzbekistan; Vanuatu; Vatican City; Holy See; Venezuela; Vietnam; Yemen; Zambia; Zimbabwe;
Soviet Union; USSR; West Germany; East Germany; Czechoslovakia; Yugoslavia; Abu Dhabi; Dubai; Hong Kong; Macau;
Greenland; Puerto Rico; Scotland; England; Wales; Northern Ireland
"""
COUNTRIES: frozenset[str] = frozenset(n.strip().casefold() for n in _NAMES.replace("\n", " ").split(";") if n.strip())


def is_country(name: str) -> bool:
    """Whether `name` (a leading "the" and a trailing note in brackets aside) is a country's."""
    plain = re.sub(r"\s*\([^()]*\)\s*$", "", " ".join(name.split()))
    plain = re.sub(r"(?i)^the\s+", "", plain.strip(" .,;:"))
    return plain.casefold() in COUNTRIES or f"the {plain}".casefold() in COUNTRIES


# Adjectives of nationality English does not make by a suffix on the country's name.
_IRREGULAR = """
Afghan; Argentine; Bangladeshi; Belgian; British; English; Scottish; Welsh; Irish; French; German; Dutch; Swiss;
Swedish; Danish; Finnish; Norwegian; Polish; Spanish; Portuguese; Greek; Turkish; Czech; Slovak; Hungarian; Croatian;
Serbian; Ivorian; Congolese; Malagasy; Burmese; Thai; Lao; Filipino; Filipina; Peruvian; Chilean; Emirati; Saudi;
Yemeni; Iraqi; Israeli; Pakistani; Kazakh; Uzbek; Tajik; Kyrgyz; Turkmen; Azerbaijani; Icelandic; Maltese; Cypriot;
Dominican; Haitian; Malawian; Zambian; Burundian; Basotho; Motswana; Batswana; Mosotho; Sierra Leonean; Nigerien;
Beninese; Togolese; Gabonese; Chadian; Sudanese; Somali; Djiboutian; Eritrean; Ethiopian; Kenyan; Ugandan;
Rwandan; Tanzanian; Mozambican; Zimbabwean; Namibian; Angolan; Cameroonian; Gambian; Ghanaian; Liberian;
Guinean; Malian; Senegalese; Mauritanian; Moroccan; Algerian; Tunisian; Libyan; Egyptian; Soviet; American;
Canadian; Mexican; Brazilian; Venezuelan; Colombian; Cuban; Jamaican; Australian; Indian; Chinese; Japanese;
Korean; Vietnamese; Indonesian; Malaysian; Singaporean; Iranian; Syrian; Lebanese; Jordanian; Kuwaiti; Qatari;
Omani; Bahraini; Russian; Ukrainian; Belarusian; Georgian; Armenian; Estonian; Latvian; Lithuanian; Romanian;
Bulgarian; Slovenian; Slovene; Bosnian; Montenegrin; Albanian; Macedonian; Moldovan; Austrian; Italian; Luxembourgish;
Frenchman; Frenchwoman; Englishman; Englishwoman; Dutchman; Dutchwoman; Irishman; Irishwoman; Scotsman; Scotswoman;
Welshman; Welshwoman; Swede; Dane; Pole; Briton; Scot; Turk; Spaniard; Icelander; Luxembourger; New Zealander
"""
# (nouns too, as "the Frenchman Jules Rimet" uses them; not "Finn", which is also a first name)
DEMONYMS: frozenset[str] = frozenset(n.strip().casefold() for n in _IRREGULAR.replace("\n", " ").split(";") if n.strip())


def is_demonym(word: str) -> bool:
    """Whether `word` is an adjective of nationality ("Ghanaian", "Ivorian"): "the Ghanaian
    Mohamed Ibn Chambas" is Mohamed Ibn Chambas, a Ghanaian, and no person is called
    "Ghanaian Mohamed Ibn Chambas". A list of our own, for the reasons `is_country` has one."""
    return word.casefold() in DEMONYMS
