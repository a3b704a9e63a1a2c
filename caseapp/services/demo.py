"""Synthetic legal-aid immigration caseloads, for demonstrations and benchmarks.

Nobody in here is a real person: every name comes from Faker's generated lists
(or, for Amharic and Tigrinya, which Faker lacks, from a short list of common
given names combined at random). Phone numbers are in the fictional 555-01xx
range or libphonenumber's documented example numbers, e-mail addresses are at
example.org / example.com, and identifiers only satisfy the validators.

``generate`` is deterministic for its arguments: the same seed gives the same
people, records and notes (record UUIDs excepted: they are fresh on every run,
so the same seed can fill one vault twice).

Planted rare words, for benchmarks that need a known term (see ``PLANTED``):
note number *i* of a run (0-based, in generation order) contains

- ``Chalatenango``  when ``i % 101 == 7``   (about 1 % of notes),
- ``Zacatecoluca``  when ``i % 997 == 0``   (about 0.1 %; the first note has it),
- ``Huehuetenango`` when ``i % 9973 == 4999`` (about 0.01 %).

Planted notes are never sensitive (sensitive notes are not searchable) and
the words appear nowhere else in generated data.
"""

from __future__ import annotations

import math
import random
import threading
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from functools import lru_cache
from itertools import islice
from types import MappingProxyType
from typing import TYPE_CHECKING, Generic, TypeVar

import phonenumbers
from faker import Faker

from caseapp.core import records as rec
from caseapp.core.case_codes import SUBCODES
from caseapp.core.checklists import template_for
from caseapp.core.clients import ClientIdentity, ClientProfile, clean_name
from caseapp.core.eligibility import Frequency
from caseapp.core.errors import InvalidInput
from caseapp.core.intake import ClientPlan

if TYPE_CHECKING:
    from caseapp.services.session import Session

T = TypeVar("T")

# word -> (period, offset): note i carries the word when i % period == offset.
PLANTED: Mapping[str, tuple[int, int]] = MappingProxyType(
    {"Chalatenango": (101, 7), "Zacatecoluca": (997, 0), "Huehuetenango": (9973, 4999)}
)


def planted_count(word: str, notes: int) -> int:
    """How many of a run's first ``notes`` notes carry a planted word."""
    period, offset = PLANTED[word]
    return 0 if notes <= offset else (notes - 1 - offset) // period + 1


# -- choosing ------------------------------------------------------------------


class _Choice(Generic[T]):
    """A weighted choice with its cumulative weights computed once."""

    __slots__ = ("_cum", "_items")

    def __init__(self, pairs: Sequence[tuple[T, float]]) -> None:
        self._items = [item for item, _ in pairs]
        total = 0.0
        self._cum: list[float] = []
        for _, weight in pairs:
            total += weight
            self._cum.append(total)

    def pick(self, rng: random.Random) -> T:
        return rng.choices(self._items, cum_weights=self._cum)[0]


def _poisson(rng: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, round(rng.gauss(lam, math.sqrt(lam))))
    limit, k, p = math.exp(-lam), 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


def _days(rng: random.Random, start: date, end: date) -> date:
    """A day in [start, end] (``start`` when the range is empty)."""
    span = (end - start).days
    return start if span <= 0 else start + timedelta(days=rng.randint(0, span))


def _years_before(day: date, years: float) -> date:
    return day - timedelta(days=round(years * 365.25))


def _cents(rng: random.Random, low: int, high: int) -> Decimal:
    """An amount between ``low`` and ``high`` dollars, in cents."""
    return Decimal(rng.randint(low * 100, high * 100)).scaleb(-2)


# -- who the clients are ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Country:
    name: str  # as notes write it
    locales: tuple[str, ...]  # Faker locales names are drawn from
    cities: tuple[str, ...]  # home towns notes mention (never a planted word)


_COUNTRIES: Mapping[str, _Country] = MappingProxyType(
    {
        "MX": _Country(
            "Mexico",
            ("es_MX",),
            ("Acapulco", "Morelia", "Oaxaca", "Puebla", "Ciudad Juárez", "Culiacán", "Uruapan"),
        ),
        "GT": _Country(
            "Guatemala",
            ("es_MX", "es_CO"),
            ("Quetzaltenango", "Escuintla", "Cobán", "San Marcos", "Totonicapán", "Zacapa"),
        ),
        "HN": _Country(
            "Honduras",
            ("es_MX", "es_CO"),
            ("San Pedro Sula", "Tegucigalpa", "La Ceiba", "Choloma", "El Progreso", "Danlí"),
        ),
        "SV": _Country(
            "El Salvador",
            ("es_MX", "es_ES"),
            ("San Salvador", "Soyapango", "San Miguel", "Santa Ana", "Usulután", "Apopa"),
        ),
        "CO": _Country(
            "Colombia", ("es_CO",), ("Cali", "Medellín", "Buenaventura", "Cúcuta", "Tumaco")
        ),
        "VE": _Country(
            "Venezuela",
            ("es_CO", "es_CL"),
            ("Caracas", "Maracaibo", "Valencia", "Barquisimeto", "San Cristóbal", "Maturín"),
        ),
        "NI": _Country(
            "Nicaragua", ("es_MX", "es_CO"), ("Managua", "León", "Masaya", "Estelí", "Matagalpa")
        ),
        "EC": _Country("Ecuador", ("es_CO", "es_CL"), ("Guayaquil", "Quito", "Cuenca", "Machala")),
        "PE": _Country("Peru", ("es_CL", "es_CO"), ("Lima", "Arequipa", "Trujillo", "Piura")),
        "CU": _Country(
            "Cuba", ("es_ES", "es_MX"), ("La Habana", "Santiago de Cuba", "Holguín", "Camagüey")
        ),
        "DO": _Country(
            "the Dominican Republic",
            ("es_ES", "es_MX"),
            ("Santo Domingo", "Santiago de los Caballeros", "La Romana"),
        ),
        "HT": _Country(
            "Haiti",
            ("fr_FR",),
            ("Port-au-Prince", "Cap-Haïtien", "Gonaïves", "Les Cayes", "Jacmel", "Saint-Marc"),
        ),
        "BR": _Country(
            "Brazil",
            ("pt_BR",),
            ("Governador Valadares", "Belo Horizonte", "São Paulo", "Goiânia", "Recife"),
        ),
        "CN": _Country("China", ("zh_CN",), ("Fuzhou", "Wenzhou", "Guangzhou", "Changle")),
        "VN": _Country(
            "Vietnam", ("vi_VN",), ("Ho Chi Minh City", "Hà Nội", "Đà Nẵng", "Huế", "Cần Thơ")
        ),
        "RU": _Country("Russia", ("ru_RU",), ("Moscow", "Kazan", "Makhachkala", "Grozny")),
        "UA": _Country("Ukraine", ("uk_UA",), ("Kharkiv", "Mariupol", "Kyiv", "Odesa", "Dnipro")),
        "SY": _Country("Syria", ("ar_AA", "ar_PS"), ("Aleppo", "Homs", "Damascus", "Idlib")),
        "EG": _Country("Egypt", ("ar_AA",), ("Cairo", "Alexandria", "Minya", "Asyut")),
        "YE": _Country("Yemen", ("ar_SA", "ar_AA"), ("Sana'a", "Aden", "Taiz", "Hodeidah")),
        "SD": _Country("Sudan", ("ar_AA",), ("Khartoum", "Omdurman", "El Fasher", "Nyala")),
        "ET": _Country("Ethiopia", (), ("Addis Ababa", "Mekelle", "Gondar", "Bahir Dar")),
        "ER": _Country("Eritrea", (), ("Asmara", "Keren", "Massawa", "Mendefera")),
        "AF": _Country("Afghanistan", ("fa_IR",), ("Kabul", "Herat", "Kandahar", "Kunduz")),
        "JM": _Country("Jamaica", ("en_US",), ("Kingston", "Montego Bay", "Spanish Town")),
        "NG": _Country("Nigeria", ("en_US",), ("Lagos", "Abuja", "Port Harcourt")),
        "GH": _Country("Ghana", ("en_US",), ("Accra", "Kumasi", "Tamale")),
        "LR": _Country("Liberia", ("en_US",), ("Monrovia", "Gbarnga", "Buchanan")),
        "GY": _Country("Guyana", ("en_US",), ("Georgetown", "Linden", "New Amsterdam")),
    }
)

# Shares of the caseload, as in an urban office's intake numbers.
# fmt: off
_GROUPS: _Choice[str] = _Choice([
    ("spanish", 55), ("haitian", 10), ("portuguese", 8), ("chinese", 5), ("vietnamese", 4),
    ("slavic", 4), ("arabic", 4), ("ethiopic", 3), ("afghan", 3), ("english", 4),
])
_GROUP_COUNTRIES: Mapping[str, _Choice[str]] = MappingProxyType({
    "spanish": _Choice([
        ("MX", 25), ("GT", 18), ("HN", 16), ("SV", 14), ("VE", 7), ("CO", 6), ("NI", 4),
        ("EC", 4), ("PE", 2), ("CU", 2), ("DO", 2),
    ]),
    "haitian": _Choice([("HT", 1)]),
    "portuguese": _Choice([("BR", 1)]),
    "chinese": _Choice([("CN", 1)]),
    "vietnamese": _Choice([("VN", 1)]),
    "slavic": _Choice([("RU", 1), ("UA", 1)]),
    "arabic": _Choice([("SY", 4), ("EG", 2), ("YE", 2), ("SD", 2)]),
    "ethiopic": _Choice([("ET", 2), ("ER", 1)]),
    "afghan": _Choice([("AF", 1)]),
    "english": _Choice([("JM", 3), ("NG", 3), ("GH", 2), ("LR", 1), ("GY", 1)]),
})
_LOCALES = (
    "es_MX", "es_CO", "es_ES", "es_CL", "fr_FR", "pt_BR", "zh_CN", "vi_VN", "ru_RU", "uk_UA",
    "ar_AA", "ar_PS", "ar_SA", "fa_IR", "en_US",
)
# fmt: on
_GENDERED_FAMILY = frozenset({"ru_RU", "uk_UA"})
# fmt: off
_LANGUAGE_NAMES: Mapping[str, str] = MappingProxyType({
    "spa": "Spanish", "mam": "Mam", "quc": "K'iche'", "hat": "Haitian Creole", "fra": "French",
    "por": "Portuguese", "cmn": "Mandarin", "yue": "Cantonese", "vie": "Vietnamese",
    "rus": "Russian", "ukr": "Ukrainian", "ara": "Arabic", "amh": "Amharic", "tir": "Tigrinya",
    "prs": "Dari", "pus": "Pashto", "eng": "English",
})

# Faker has no Ethiopic locale: common given names, in Ethiopic script with the
# usual Latin spelling (which becomes an alias). The family name is a father's
# given name, as Ethiopian and Eritrean names are built.
_ETHIOPIC_FEMALE = (
    ("ሰላም", "Selam"), ("ማርታ", "Marta"), ("ሜሮን", "Meron"), ("ትዕግስት", "Tigist"),
    ("ብርቱካን", "Birtukan"), ("ፍሬሕይወት", "Frehiwot"), ("ሳባ", "Saba"), ("አስቴር", "Aster"),
    ("ሕይወት", "Hiwot"), ("መሰረት", "Meseret"), ("ልዋም", "Luwam"), ("ኤልሳ", "Elsa"),
    ("ዮርዳኖስ", "Yordanos"), ("ሰናይት", "Senait"), ("አዜብ", "Azeb"), ("ቤተልሔም", "Betelhem"),
)
_ETHIOPIC_MALE = (
    ("አበበ", "Abebe"), ("ዳዊት", "Dawit"), ("ዮሐንስ", "Yohannes"), ("ሄኖክ", "Henok"),
    ("ብርሃኑ", "Birhanu"), ("ሚካኤል", "Mikael"), ("ሰለሞን", "Solomon"), ("ዮናስ", "Yonas"),
    ("ኤርሚያስ", "Ermias"), ("ተክሌ", "Tekle"), ("ሙሉጌታ", "Mulugeta"), ("ዘርአይ", "Zerai"),
    ("ሀብቶም", "Habtom"), ("ክብሮም", "Kibrom"), ("ዓወት", "Awet"), ("ሳምሶን", "Samson"),
)
_ETHIOPIC_FAMILY = (
    ("ከበደ", "Kebede"), ("ተሰማ", "Tessema"), ("ወልዴ", "Wolde"), ("ገብሬ", "Gebre"),
    ("ኃይሌ", "Haile"), ("በቀለ", "Bekele"), ("ታደሰ", "Tadesse"), ("መንግሥቱ", "Mengistu"),
    ("አለሙ", "Alemu"), ("ግርማ", "Girma"), ("ደስታ", "Desta"), ("ወልደማርያም", "Woldemariam"),
    ("ሀይሉ", "Hailu"), ("በርሄ", "Berhe"), ("ተወልደ", "Tewolde"), ("የማነ", "Yemane"),
    ("አብርሃ", "Abraha"), ("ተስፋይ", "Tesfay"),
)
# fmt: on
_VIETNAMESE_MIDDLE = {True: ("Thị", "Ngọc", "Thu", "Kim"), False: ("Văn", "Hữu", "Đức", "Minh")}
_ENGLISH_NICKNAMES = ("Kevin", "Amy", "Jenny", "David", "Lily", "Michael", "Grace", "Tony")

# Passport-style romanisation (ICAO 9303) for Cyrillic aliases.
# fmt: off
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "e", "є": "ie",
    "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh",
    "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "ie", "ы": "y", "ь": "", "э": "e",
    "ю": "iu", "я": "ia",
}
# fmt: on
_UKRAINIAN = {**_CYRILLIC, "г": "h", "и": "y"}


def _romanise(text: str, table: Mapping[str, str]) -> str:
    out = []
    for ch in text:
        low = ch.lower()
        if low in table:
            latin = table[low]
            out.append(latin.capitalize() if ch != low else latin)
        elif ch not in "'ʼ’":
            out.append(ch)
    return "".join(out)


def _unaccented(text: str) -> str:
    """The spelling an English-only form or database gives a name."""
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )


# -- places, courts, vocabulary the records draw on -------------------------------

# fmt: off
_STATES: _Choice[str] = _Choice([
    ("CA", 38), ("TX", 12), ("NY", 10), ("FL", 8), ("IL", 5), ("NJ", 5), ("MA", 4), ("WA", 3),
    ("MD", 3), ("VA", 3), ("GA", 3), ("NC", 2), ("CO", 2), ("AK", 1), ("HI", 1),
])
_STATE_AREA_CODES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "CA": ("415", "510", "650", "408", "916", "213", "323", "619"),
    "TX": ("713", "214", "512", "210"), "NY": ("212", "718", "917", "347"),
    "FL": ("305", "786", "407"), "IL": ("312", "773"), "NJ": ("201", "973"),
    "MA": ("617", "508"), "WA": ("206", "253"), "MD": ("301", "410"), "VA": ("703", "571"),
    "GA": ("404", "770"), "NC": ("919", "704"), "CO": ("303", "720"), "AK": ("907",),
    "HI": ("808",),
})
# fmt: on
_REGIONS = {"AK": "alaska", "HI": "hawaii"}
_COURTS = (
    "San Francisco Immigration Court",
    "Concord Immigration Court",
    "Sacramento Immigration Court",
    "Los Angeles Immigration Court",
    "San Diego Immigration Court",
    "Houston Immigration Court",
    "New York Broadway Immigration Court",
    "Miami Immigration Court",
    "Chicago Immigration Court",
    "Newark Immigration Court",
    "Boston Immigration Court",
    "Arlington Immigration Court",
)
_FACILITIES = (
    "Golden State Annex",
    "Mesa Verde ICE Processing Center",
    "Otay Mesa Detention Center",
    "Adelanto ICE Processing Center",
    "Port Isabel Service Processing Center",
    "Krome North Service Processing Center",
    "Stewart Detention Center",
    "South Texas ICE Processing Center",
)
_ICE_OFFICES = (
    "ICE ERO San Francisco Field Office",
    "ICE ERO Los Angeles Field Office",
    "ICE ERO Houston Field Office",
    "ICE ERO New York City Field Office",
    "ICE ERO Miami Field Office",
    "ICE ERO Chicago Field Office",
)
_PORTS = (
    "San Ysidro, CA",
    "Hidalgo, TX",
    "El Paso, TX",
    "Laredo, TX",
    "Nogales, AZ",
    "Brownsville, TX",
    "Eagle Pass, TX",
    "Calexico, CA",
    "Miami International Airport",
    "JFK International Airport",
    "San Francisco International Airport",
)
_HEARING_TIMES = (time(8, 30), time(9, 0), time(13, 0))
_FUNDERS: _Choice[str] = _Choice(
    [("LSC", 35), ("IOLTA", 25), ("City contract", 25), ("Private foundation", 15)]
)
_SUBCODE_CHOICE: _Choice[str] = _Choice(
    [
        ("asylum", 22),
        ("removal_defense", 18),
        ("family_petition", 9),
        ("daca", 6),
        ("tps", 6),
        ("u_visa", 6),
        ("naturalization", 6),
        ("work_permit", 5),
        ("sijs", 4),
        ("foia", 4),
        ("vawa", 3),
        ("adjustment_of_status", 3),
        ("t_visa", 2),
        ("withholding_cat", 2),
        ("bond", 2),
        ("parole", 2),
        ("consular_processing", 1),
        ("other_immigration", 1),
    ]
)
# Countries designated for TPS at some point; other clients' TPS draws become asylum.
_TPS_COUNTRIES = frozenset({"SV", "HN", "NI", "VE", "HT", "UA", "SY", "YE", "SD", "ET", "AF"})
_SUBCODE_FORMS: Mapping[str, str] = MappingProxyType(
    {
        "asylum": "I-589",
        "withholding_cat": "I-589",
        "family_petition": "I-130",
        "adjustment_of_status": "I-485",
        "daca": "I-821D",
        "tps": "I-821",
        "u_visa": "I-918",
        "t_visa": "I-914",
        "vawa": "I-360",
        "sijs": "I-360",
        "naturalization": "N-400",
        "work_permit": "I-765",
        "parole": "I-131",
        "foia": "FOIA",
        "removal_defense": "EOIR-42B",
    }
)
_SUBCODE_STATUS: Mapping[str, str] = MappingProxyType(
    {
        "asylum": "asylum_pending",
        "withholding_cat": "no_status",
        "removal_defense": "no_status",
        "bond": "no_status",
        "daca": "daca",
        "tps": "tps",
        "u_visa": "no_status",
        "t_visa": "no_status",
        "vawa": "vawa_pending",
        "sijs": "no_status",
        "naturalization": "lpr",
        "family_petition": "no_status",
        "adjustment_of_status": "parole",
        "consular_processing": "no_status",
        "work_permit": "asylum_pending",
        "parole": "parole",
        "foia": "unknown",
        "other_immigration": "unknown",
    }
)
_TITLE_DETAILS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "asylum": ("affirmative", "defensive"),
        "removal_defense": ("detained", "non-detained", "in absentia order, motion to reopen"),
        "family_petition": ("spouse of LPR", "parent of U.S. citizen", "child of U.S. citizen"),
        "work_permit": ("initial", "renewal"),
        "daca": ("initial", "renewal"),
        "tps": ("initial", "re-registration"),
        "naturalization": ("with fee waiver", "with N-648 disability waiver"),
    }
)
_EXPIRING = frozenset({"tps", "daca", "parole", "nonimmigrant_visa", "conditional_resident"})
_RECEIPT_OFFICES = ("IOE", "EAC", "WAC", "LIN", "SRC", "NBC", "MSC", "YSC")
_CLOSINGS: _Choice[tuple[str, str]] = _Choice(
    [
        (("A", "Advice given on eligibility; no further action needed."), 20),
        (("B", "Prepared and filed the application; client continued pro se."), 25),
        (("H", "USCIS approved the application."), 14),
        (("H", "Asylum office referred the case to immigration court; new case opened."), 6),
        (("IA", "Proceedings terminated without opposition from DHS."), 10),
        (("IB", "Immigration judge granted relief after a contested hearing."), 8),
        (("IB", "Relief denied; client chose not to appeal."), 2),
        (("IC", "BIA remanded to the immigration court."), 2),
        (("F", "DHS agreed to dismiss after negotiation."), 3),
        (("K", "Client moved out of the service area; file transferred."), 3),
        (("L", "Extensive representation through final decision."), 7),
    ]
)
_ACTIVITIES: _Choice[tuple[str, str]] = _Choice(
    [
        (("interview", "Intake interview with client"), 20),
        (("interview", "Declaration preparation session"), 10),
        (("drafting", "Drafted declaration"), 12),
        (("drafting", "Prepared application and supporting documents"), 12),
        (("research", "Country conditions research"), 10),
        (("research", "Reviewed case law on particular social group"), 5),
        (("filing", "Assembled and mailed filing"), 8),
        (("hearing", "Appeared at master calendar hearing"), 6),
        (("travel", "Travel to immigration court"), 4),
        (("translation", "Translated client documents"), 6),
        (("other", "Phone call with client"), 7),
    ]
)
_TASKS = (
    "Request birth certificate from the consulate",
    "Call client to schedule declaration session",
    "Order FBI background check",
    "Send FOIA request for the A-file",
    "Book interpreter for the next appointment",
    "Collect proof of continuous residence",
    "Ask police department for the U visa certification",
    "Prepare exhibit list for the individual hearing",
    "Check EOIR automated line for the next hearing date",
    "Send client the biometrics appointment notice",
)
_DEADLINES: _Choice[tuple[str, str]] = _Choice(
    [
        (("filing", "File application with supporting evidence"), 30),
        (("response", "Respond to request for evidence"), 20),
        (("biometrics", "Biometrics appointment"), 15),
        (("interview", "USCIS interview"), 10),
        (("appeal", "Notice of appeal to the BIA"), 5),
        (("filing", "Submit evidence packet to the court"), 15),
        (("other", "Renew work permit"), 5),
    ]
)
_CODE_WORDS = ("girasol", "mariposa", "blue heron", "cafecito", "lighthouse", "magnolia", "tortuga")
_EMPLOYER_KINDS = (
    "Construction LLC",
    "Landscaping Inc.",
    "Farms",
    "Cleaning Services",
    "Restaurant Group",
    "Poultry Processing",
    "Roofing Co.",
    "Staffing Agency",
    "Car Wash",
)
# fmt: off
_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)
_MONTHS_ES = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
    "octubre", "noviembre", "diciembre",
)
# fmt: on

# -- notes -------------------------------------------------------------------------

_NOTES_EN = (
    "Called client re: biometrics appointment on {future} at the ASC. Client confirmed.",
    "Client reports threats from gang members in {home} after the family stopped paying.",
    "Reviewed I-589 draft with interpreter ({lang}); corrected the dates of the incidents.",
    "Left voicemail — safe to leave voicemail: yes. Asked client to call back about the {doc}.",
    "Client came in with {rel} ({relation}). Collected copies of the {doc}.",
    "Sent FOIA request to USCIS for the client's A-file.",
    "Received hearing notice from the {court}: master calendar on {future} at {time}.",
    "Client asked about travel outside the U.S.; advised not to travel while the {form} is "
    "pending.",
    "Prepared fee waiver (I-912) with proof of income from {employer}.",
    "Client moved to {city}; updated the address and reminded client to file the AR-11.",
    "Spoke with {rel}, the client's {relation}, who can testify about events in {home}.",
    "Filed the {form} by certified mail on {past}; tracking number in the file.",
    "Received receipt notice for the {form}. Copy given to client.",
    "USCIS issued a request for evidence on the {form}; response due {future}.",
    "Client missed the appointment (no childcare); rescheduled for {future}.",
    "Court interpreter for {lang} confirmed for the hearing on {future}.",
    "Client's {relation} was detained at {facility}; referred the family to the detention team.",
    "Certified translation of the {doc} from {lang} received and added to the file.",
    "Prep session for the individual hearing: practiced direct examination with interpreter.",
    "Country conditions research on {country}: State Department report and recent articles saved.",
    "Texted client the appointment reminder (safe to text: yes).",
    "Do not call after 6 pm: client shares the phone with a coworker.",
    "Client reports that {employer} in {city} withheld wages for {n} weeks.",
    "Client brought the police report from {city} for the U visa certification.",
    "Called the EOIR automated line: next hearing confirmed for {future} at {time}.",
    "Client received the work permit card in the mail on {past}.",
    "Met with client and {lang} interpreter for {n} hours to go over the declaration.",
    "Client worried about an ICE check-in; explained what to bring and what to expect.",
    "Mailed copies of the filing to the client at the mailing address on file.",
    "Family in {home} has the client's {doc} and will send it by courier.",
)
_NOTES_ES = (
    "Llamé {a_cliente} sobre la cita de biometría del {future_es}. Confirmó.",
    "{Cliente} informa amenazas de pandilleros en {home}.",
    "Revisamos el borrador del I-589 con intérprete ({lang}).",
    "Dejé mensaje de voz — es seguro dejar mensaje: sí.",
    "{Cliente} trajo copia del acta de nacimiento y del pasaporte.",
    "Se le recordó {a_cliente} la audiencia en {court} el {future_es} a las {time}.",
    "{Cliente} pidió información sobre el permiso de trabajo.",
    "Se envió la solicitud FOIA para obtener el expediente A.",
    "{Cliente} se mudó a {city}; se actualizó la dirección.",
    "Hablé con {rel} sobre la declaración; puede declarar sobre lo ocurrido en {home}.",
    "Cita reprogramada para el {future_es}: {cliente} no consiguió quien cuidara a sus hijos.",
    "El empleador no le pagó {n} semanas de trabajo; se le explicó la opción de la visa U.",
    "Se presentó el {form} por correo certificado el {past_es}.",
)
_NARRATIVES = (
    "Asylum narrative (client's words, through a {lang} interpreter): in {month} {year} men "
    "from the local gang came to the family's store in {home} and demanded a weekly payment. "
    "When the client's {relation} refused, they beat him and said they would kill the family. "
    "The police took a report and did nothing. The client left {home} a few weeks later and "
    "reached {port} in {arrival}.",
    "Client describes being detained by the authorities in {home} in {year} after attending an "
    "opposition meeting. Held for {n} days, beaten during questioning, released after the family "
    "paid. Scars documented in the medical evaluation.",
    "Client describes years of abuse by a former partner, {abuser}, in {home}: threats with a "
    "weapon, being locked in the house, and police who refused to intervene because it was "
    "'a family matter'. The client left with the children in {year}.",
    "Client describes threats from an armed group in {home} in {year} because of the family's "
    "religion. A cousin was killed; the client went into hiding for {n} months before leaving "
    "{country}.",
)
_PRIVILEGED = (
    "Attorney note: the strongest ground is membership in a particular social group; "
    "corroboration from {rel} is key.",
    "Attorney note: one-year bar may apply; argue changed circumstances.",
    "Attorney note: credibility concerns about the dates; address them in the declaration.",
)
_PLANTED_SENTENCES = {
    "en": "Client mentions family still living near {word}.",
    "es": "Parte de la familia sigue viviendo cerca de {word}.",
}


# -- Faker, used once per locale -------------------------------------------------

_POOL_DRAWS = 400
_FAKERS: dict[str, Faker] = {}
_FAKER_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class _Names:
    female: tuple[str, ...]
    male: tuple[str, ...]
    family_female: tuple[str, ...]
    family_male: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Pools:
    names: Mapping[str, _Names]
    streets: tuple[str, ...]
    places: Mapping[str, tuple[tuple[str, str], ...]]  # state -> (city, ZIP)


def _faker(locale: str) -> Faker:
    # Building a Faker costs ~15 ms per locale: one per process, reseeded per pool.
    fake = _FAKERS.get(locale)
    if fake is None:
        fake = _FAKERS[locale] = Faker(locale)
    return fake


def _usable(draws: Sequence[str]) -> tuple[str, ...]:
    kept = tuple(n for n in draws if n and len(n) <= 60 and clean_name(n, "name") == n)
    if not kept:  # pragma: no cover - a Faker release without names for a locale
        raise RuntimeError("Faker returned no usable names")
    return kept


@lru_cache(maxsize=4)
def _pools(seed: int) -> _Pools:
    """Names and places drawn once per seed; sampling them is far cheaper than Faker."""
    with _FAKER_LOCK:
        names: dict[str, _Names] = {}
        for locale in _LOCALES:
            fake = _faker(locale)
            fake.seed_instance(f"{seed}:{locale}")
            female = _usable([fake.first_name_female() for _ in range(_POOL_DRAWS)])
            male = _usable([fake.first_name_male() for _ in range(_POOL_DRAWS)])
            if locale in _GENDERED_FAMILY:
                fam_f = _usable([fake.last_name_female() for _ in range(_POOL_DRAWS)])
                fam_m = _usable([fake.last_name_male() for _ in range(_POOL_DRAWS)])
            else:
                fam_f = fam_m = _usable([fake.last_name() for _ in range(_POOL_DRAWS)])
            names[locale] = _Names(female, male, fam_f, fam_m)
        fake = _faker("en_US")
        fake.seed_instance(f"{seed}:places")
        streets = tuple(fake.street_name() for _ in range(_POOL_DRAWS))
        places = {
            state: tuple((fake.city(), fake.zipcode_in_state(state)) for _ in range(40))
            for state in _STATE_AREA_CODES
        }
    return _Pools(MappingProxyType(names), streets, MappingProxyType(places))


@lru_cache(maxsize=64)
def _example_phone(region: str) -> str:
    """libphonenumber's documented example mobile number: never a real subscriber's."""
    number = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    if number is None:  # pragma: no cover - every region used here has one
        return ""
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


# -- one client --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Person:
    given: str
    family: str
    # The Latin spelling of a name in another script, when there is a usual one.
    latin: tuple[str, str] | None = None


@dataclass(slots=True)
class _Client:
    """What the records of one plan need to agree on."""

    group: str
    country: str
    female: bool
    person: _Person
    dob: date
    lang: str
    state: str
    city: str
    case_uuids: list[str]
    subcodes: list[str]
    forms: list[str]
    relative: str = ""
    relation: str = "sister"
    employer: str = ""
    abuser: str = ""
    last_arrival: date | None = None


class _Generator:
    """One run's state: the seeded Random, the name pools, and the running note number."""

    def __init__(
        self,
        seed: int,
        today: date,
        notes_per_client: float,
        cases_per_client: float,
        assignee: str,
    ) -> None:
        self.rng = random.Random(seed)  # noqa: S311 - synthetic data, not secrets
        self.pools = _pools(seed)
        self.today = today
        self.notes_mean = notes_per_client
        self.cases_mean = cases_per_client
        self.assignee = assignee
        self.note_index = 0

    # -- names -----------------------------------------------------------------

    def _pick(self, items: Sequence[T]) -> T:
        return items[int(self.rng.random() * len(items))]

    def person(self, group: str, country: str, female: bool) -> _Person:
        rng, pick = self.rng, self._pick
        if group == "ethiopic":
            first = pick(_ETHIOPIC_FEMALE if female else _ETHIOPIC_MALE)
            father = pick(_ETHIOPIC_FAMILY)
            return _Person(first[0], father[0], (first[1], father[1]))
        names = self.pools.names[pick(_COUNTRIES[country].locales)]
        firsts = names.female if female else names.male
        families = names.family_female if female else names.family_male
        given, family = pick(firsts), pick(families)
        if group == "spanish":
            if " " not in given and rng.random() < 0.25:
                second = pick(firsts)
                given = f"{given} {second}" if second != given else given
            if rng.random() < 0.65:
                second = pick(families)
                family = f"{family} {second}" if second != family else family
        elif group == "portuguese" and rng.random() < 0.5:
            second = pick(families)
            family = f"{family} {second}" if second != family else family
        elif group == "vietnamese":
            given = f"{pick(_VIETNAMESE_MIDDLE[female])} {given}"
        elif group == "arabic" and rng.random() < 0.4:
            given = f"{given} {pick(names.male)}"  # and the father's name
        elif group == "afghan" and rng.random() < 0.15:
            family = ""  # many Afghans use a single name
        elif group == "slavic":
            table = _UKRAINIAN if country == "UA" else _CYRILLIC
            return _Person(given, family, (_romanise(given, table), _romanise(family, table)))
        return _Person(given, family)

    # -- the plan --------------------------------------------------------------

    def plan(self, number: int) -> ClientPlan:
        rng = self.rng
        group = _GROUPS.pick(rng)
        country = _GROUP_COUNTRIES[group].pick(rng)
        female = rng.random() < 0.52
        person = self.person(group, country, female)
        minor = rng.random() < 0.06
        age = rng.uniform(10, 17.99) if minor else rng.triangular(18, 75.99, 30)
        dob = _years_before(self.today, age)
        state = _STATES.pick(rng)
        city, zip_code = self._pick(self.pools.places[state])
        client = _Client(
            group=group,
            country=country,
            female=female,
            person=person,
            dob=dob,
            lang="",
            state=state,
            city=city,
            case_uuids=[],
            subcodes=[],
            forms=[],
        )
        profile = self.profile(client)
        client.lang = _LANGUAGE_NAMES[profile.interpreter_language or profile.languages[0]]
        records = _Records()
        check_uuid = rec.new_uuid()
        self.household(client, records)
        self.entries(client, records)
        self.cases(client, records, check_uuid)
        self.identifiers(records)
        self.contacts(client, records, zip_code)
        self.history(client, records)
        self.notes(client, records)
        profile = self._status(client, profile)
        identity = ClientIdentity(
            given_names=person.given,
            family_names=person.family,
            preferred_name=self.preferred(client),
            date_of_birth=dob,
        )
        adverse = tuple(
            " ".join(p for p in (r.given_names, r.family_names) if p) or r.organisation
            for _, r in records.rest
            if isinstance(r, rec.Party) and r.role == "adverse"
        )
        records.check = (
            check_uuid,
            rec.ConflictCheck(
                "no_conflict", 0, adverse[:50], "Synthetic demonstration data: no check was run."
            ),
        )
        return ClientPlan(
            identity=identity,
            profile=profile,
            records=records.ordered(),
            source=f"synthetic client {number + 1}",
        )

    def preferred(self, client: _Client) -> str:
        rng, given = self.rng, client.person.given
        if client.group == "chinese" and rng.random() < 0.2:
            return self._pick(_ENGLISH_NICKNAMES)
        if " " in given and client.group in ("spanish", "portuguese") and rng.random() < 0.4:
            return given.split()[rng.randint(0, 1)]
        return ""

    def profile(self, client: _Client) -> ClientProfile:
        rng, country = self.rng, client.country
        interpreter = rng.random() < 0.75
        interpreter_language = ""
        group = client.group
        if group == "spanish":
            languages: tuple[str, ...] = ("spa",)
            if country == "GT" and rng.random() < 0.3:
                mayan = "mam" if rng.random() < 0.55 else "quc"
                languages, interpreter, interpreter_language = (mayan, "spa"), True, mayan
        elif group == "haitian":
            languages = ("hat", "fra") if rng.random() < 0.3 else ("hat",)
        elif group == "portuguese":
            languages = ("por",)
        elif group == "chinese":
            languages = ("yue",) if rng.random() < 0.15 else ("cmn",)
        elif group == "vietnamese":
            languages = ("vie",)
        elif group == "slavic":
            languages = ("ukr", "rus") if country == "UA" else ("rus",)
        elif group == "arabic":
            languages = ("ara",)
        elif group == "ethiopic":
            languages = ("tir",) if country == "ER" or rng.random() < 0.3 else ("amh",)
            if country == "ER" and rng.random() < 0.3:
                languages = ("tir", "amh")
        elif group == "afghan":
            languages = ("prs",) if rng.random() < 0.6 else ("pus",)
        else:
            languages, interpreter = ("eng",), False
        if group != "english" and not interpreter_language and rng.random() < 0.3:
            languages = (*languages, "eng")
            interpreter = interpreter and rng.random() < 0.5
        citizenships: tuple[str, ...] = (country,)
        if country == "VE" and rng.random() < 0.1:
            citizenships = (country, "CO")
        elif country == "ER" and rng.random() < 0.2:
            citizenships = (country, "ET")
        roll = rng.random()
        gender, pronouns = ("female", "she/her") if client.female else ("male", "he/him")
        if roll < 0.01:
            gender, pronouns = "non-binary", "they/them"
        elif roll < 0.7:
            pronouns = ""
        return ClientProfile(
            gender=gender,
            pronouns=pronouns,
            country_of_birth=country,
            citizenships=citizenships,
            languages=languages,
            interpreter_needed=interpreter,
            interpreter_language=interpreter_language,
            region=_REGIONS.get(client.state, "48_states_dc"),
        )

    def _status(self, client: _Client, profile: ClientProfile) -> ClientProfile:
        rng = self.rng
        status = _SUBCODE_STATUS[client.subcodes[0]] if client.subcodes else "unknown"
        if rng.random() < 0.15:
            status = self._pick(("no_status", "unknown", "parole", "nonimmigrant_visa"))
        expires = None
        if status in _EXPIRING:
            expires = self.today + timedelta(days=rng.randint(-120, 730))
        return replace(profile, immigration_status=status, status_expires=expires)

    # -- household, income -------------------------------------------------------

    def household(self, client: _Client, records: _Records) -> None:
        rng, today = self.rng, self.today
        adult = client.dob < _years_before(today, 18)
        count = rng.choices((0, 1, 2, 3, 4), (30, 25, 22, 15, 8))[0]
        members: list[tuple[str, rec.HouseholdMember]] = []
        for _ in range(count):
            if adult:
                relation = rng.choices(
                    ("spouse", "partner", "child", "parent", "sibling"), (3, 2, 6, 1, 1)
                )[0]
            else:
                relation = rng.choices(("parent", "sibling", "other_relative"), (5, 3, 1))[0]
            if relation in ("spouse", "partner") and any(
                m.relationship in ("spouse", "partner") for _, m in members
            ):
                relation = "child"
            if relation in ("spouse", "partner"):
                dob = client.dob + timedelta(days=rng.randint(-2500, 2500))
                dob, female = min(dob, _years_before(today, 18)), not client.female
            elif relation == "child":
                start = client.dob + timedelta(days=round(16 * 365.25))
                if start >= today:
                    continue
                dob, female = _days(rng, start, today), rng.random() < 0.5
            elif relation == "parent":
                dob = client.dob - timedelta(days=rng.randint(18 * 365, 40 * 365))
                dob, female = max(dob, date(1905, 1, 1)), rng.random() < 0.6
            else:
                dob = client.dob + timedelta(days=rng.randint(-3000, 3000))
                female = rng.random() < 0.5
            dob = min(dob, today - timedelta(days=30))
            person = self.person(client.group, client.country, female)
            family = client.person.family if relation in ("child", "sibling") else person.family
            in_household = rng.random() < (0.85 if relation in ("child", "spouse") else 0.5)
            member = rec.HouseholdMember(
                person.given, family, relation, dob if rng.random() < 0.9 else None, in_household
            )
            members.append((rec.new_uuid(), member))
            if not client.relative:
                client.relative = f"{person.given} {family}".strip()
                client.relation = relation.replace("_", " ")
        records.first.extend(members)
        if not adult:
            return
        incomes = rng.choices((0, 1, 2, 3), (20, 45, 25, 10))[0]
        earners = [u for u, m in members if m.relationship in ("spouse", "partner")]
        for i in range(incomes):
            earner = earners[0] if i == 1 and earners else ""
            records.rest.append((rec.new_uuid(), self.income(earner, benefits=i == 2)))

    def income(self, member_uuid: str, *, benefits: bool) -> rec.Income:
        rng = self.rng
        if benefits:
            source = rng.choice(("benefits", "child_support", "other"))
            return rec.Income(_cents(rng, 150, 900), Frequency.MONTHLY.value, source, member_uuid)
        source = "self_employment" if rng.random() < 0.2 else "employment"
        frequency = rng.choices(
            (Frequency.HOURLY, Frequency.WEEKLY, Frequency.BIWEEKLY, Frequency.MONTHLY),
            (45, 20, 20, 15),
        )[0]
        if frequency is Frequency.HOURLY:
            hours = Decimal(rng.choice((16, 20, 25, 30, 32, 35, 40, 45, 50)))
            return rec.Income(_cents(rng, 15, 32), frequency.value, source, member_uuid, hours)
        low, high = {
            Frequency.WEEKLY: (350, 950),
            Frequency.BIWEEKLY: (700, 1900),
            Frequency.MONTHLY: (1200, 4200),
        }[frequency]
        return rec.Income(_cents(rng, low, high), frequency.value, source, member_uuid)

    # -- entries, cases ------------------------------------------------------------

    def entries(self, client: _Client, records: _Records) -> None:
        rng, today = self.rng, self.today
        age = (today - client.dob).days / 365.25
        years_here = min(max(age - 0.5, 0.05), rng.triangular(0.05, 25, 2))
        last = min(_years_before(today, years_here), today - timedelta(days=3))
        last = max(last, client.dob + timedelta(days=30))
        dates = [last]
        for _ in range(rng.choices((0, 1, 2), (70, 22, 8))[0]):
            earlier = dates[-1] - timedelta(days=rng.randint(200, 3000))
            if earlier > client.dob + timedelta(days=30):
                dates.append(earlier)
        for day in reversed(dates):
            manner = rng.choices(
                ("without_inspection", "inspected_admitted", "paroled", "visa_waiver", "unknown"),
                (45, 25, 20, 2, 8),
            )[0]
            admitted = {
                "inspected_admitted": rng.choice(("B-2 visitor", "F-1 student", "H-2A worker")),
                "paroled": rng.choice(("Humanitarian parole", "CBP One appointment")),
            }.get(manner, "")
            place = _PORTS[int(rng.random() * (8 if manner != "inspected_admitted" else 11))]
            place = f"near {place}" if manner == "without_inspection" else place
            records.rest.append((rec.new_uuid(), rec.Entry(day, place, manner, admitted)))
        client.last_arrival = last

    def _subcodes(self, client: _Client) -> list[str]:
        rng = self.rng
        mean = self.cases_mean
        if mean < 1:
            count = 1 if rng.random() < mean else 0
        elif rng.random() < 0.03:
            count = 0
        else:
            count = min(1 + _poisson(rng, mean / 0.97 - 1), 12)
        minor = client.dob > _years_before(self.today, 18)
        arrived_young = (
            client.last_arrival is not None
            and client.last_arrival < client.dob + timedelta(days=16 * 365)
        )
        chosen: list[str] = []
        for _ in range(count):
            code = "sijs" if minor and rng.random() < 0.4 else _SUBCODE_CHOICE.pick(rng)
            if (code == "tps" and client.country not in _TPS_COUNTRIES) or (
                code == "daca" and not arrived_young
            ):
                code = "asylum"
            if code in chosen:
                code = _SUBCODE_CHOICE.pick(rng)
            chosen.append(code)
        return chosen

    def cases(self, client: _Client, records: _Records, check_uuid: str) -> None:
        rng, today = self.rng, self.today
        client.subcodes = self._subcodes(client)
        arrival = client.last_arrival or client.dob
        for subcode in client.subcodes:
            case_uuid = rec.new_uuid()
            opened = _days(rng, max(arrival, _years_before(today, 6)), today)
            roll = rng.random()
            status, closed_on, closing, outcome = "open", None, "", ""
            if roll < 0.25 and opened < today:
                status = "closed"
                closing, outcome = _CLOSINGS.pick(rng)
                closed_on = _days(rng, opened + timedelta(days=1), today)
            elif roll < 0.35:
                status = "pending"
            funder = _FUNDERS.pick(rng)
            label = SUBCODES[subcode].label_en
            records.cases.append(
                (
                    case_uuid,
                    rec.Case(
                        subcode=subcode,
                        opened_on=opened,
                        title=self._title(subcode, label),
                        lsc_code="" if funder != "LSC" and rng.random() < 0.3 else "81",
                        status=status,
                        funding_source=funder,
                        closed_on=closed_on,
                        closing_code=closing,
                        outcome=outcome,
                        conflict_check_uuid=check_uuid,
                    ),
                )
            )
            client.case_uuids.append(case_uuid)
            end = closed_on or today
            self.parties(client, records, case_uuid, subcode)
            self.casework(records, case_uuid, subcode, opened, end, closing)

    def _title(self, subcode: str, label: str) -> str:
        qualifiers = _TITLE_DETAILS.get(subcode)
        if qualifiers is None or self.rng.random() < 0.4:
            return label
        return f"{label} ({self._pick(qualifiers)})"

    def parties(self, client: _Client, records: _Records, case_uuid: str, subcode: str) -> None:
        rng = self.rng
        if subcode in ("u_visa", "vawa") or (subcode == "t_visa" and rng.random() < 0.5):
            person = self.person(client.group, client.country, not client.female)
            client.abuser = client.abuser or f"{person.given} {person.family}".strip()
            relationship = "Former employer" if subcode == "t_visa" else "Former partner"
            records.rest.append(
                (
                    rec.new_uuid(),
                    rec.Party(
                        case_uuid, "adverse", person.given, person.family, "", None, relationship
                    ),
                )
            )
        if subcode == "t_visa" or (subcode in ("u_visa", "asylum") and rng.random() < 0.2):
            employer = client.employer or (
                f"{self._pick(self.pools.names['en_US'].family_male)} {self._pick(_EMPLOYER_KINDS)}"
            )
            client.employer = employer
            records.rest.append(
                (
                    rec.new_uuid(),
                    rec.Party(
                        case_uuid, "adverse", organisation=employer, relationship="Former employer"
                    ),
                )
            )
        if subcode in ("family_petition", "sijs", "consular_processing") or rng.random() < 0.15:
            person = self.person(client.group, client.country, rng.random() < 0.5)
            role_text = "Petitioner (relative)" if subcode == "family_petition" else "Relative"
            records.rest.append(
                (
                    rec.new_uuid(),
                    rec.Party(
                        case_uuid,
                        "related",
                        person.given,
                        client.person.family or person.family,
                        relationship=role_text,
                    ),
                )
            )
        if not client.employer and rng.random() < 0.3:
            client.employer = (
                f"{self._pick(self.pools.names['en_US'].family_male)} {self._pick(_EMPLOYER_KINDS)}"
            )

    def casework(
        self, records: _Records, case_uuid: str, subcode: str, opened: date, end: date, closing: str
    ) -> None:
        rng, today, who = self.rng, self.today, self.assignee
        for _ in range(rng.choices((0, 1, 2), (35, 45, 20))[0]):
            kind, title = _DEADLINES.pick(rng)
            due = _days(rng, opened + timedelta(days=7), today + timedelta(days=365))
            finished = rng.random() < (0.9 if due < today else 0.1)
            done = _days(rng, opened, min(due, today)) if finished else None
            records.rest.append((rec.new_uuid(), rec.Deadline(due, title, kind, case_uuid, done)))
        for _ in range(rng.choices((0, 1, 2, 3), (30, 35, 25, 10))[0]):
            task_due = (
                _days(rng, opened, today + timedelta(days=120)) if rng.random() < 0.7 else None
            )
            done = _days(rng, opened, today) if rng.random() < 0.5 else None
            assignee = who if rng.random() < 0.7 else ""
            task = rec.Task(self._pick(_TASKS), task_due, case_uuid, assignee, done)
            records.rest.append((rec.new_uuid(), task))
        for _ in range(rng.choices((0, 1, 2, 3, 4, 5), (15, 20, 20, 20, 15, 10))[0]):
            activity, description = _ACTIVITIES.pick(rng)
            entry = rec.TimeEntry(
                case_uuid,
                _days(rng, opened, end),
                6 * rng.randint(1, 40),
                activity,
                description,
                who,
            )
            records.rest.append((rec.new_uuid(), entry))
        if closing in ("A", "B"):
            return  # advice and brief service: no documents collected
        closed = end < today
        for item in template_for(subcode):
            roll = rng.random()
            if closed:
                status = "received" if roll < 0.75 else "not_applicable" if roll < 0.9 else "needed"
            else:
                status = (
                    "received"
                    if roll < 0.45
                    else "requested"
                    if roll < 0.65
                    else "needed"
                    if roll < 0.95
                    else "not_applicable"
                )
            received = _days(rng, opened, end) if status == "received" else None
            records.rest.append(
                (
                    rec.new_uuid(),
                    rec.ChecklistItem(case_uuid, item.label_en, item.key, status, received),
                )
            )

    # -- identifiers, contacts ------------------------------------------------------

    def identifiers(self, records: _Records) -> None:
        rng = self.rng
        if rng.random() < 0.55:
            if rng.random() < 0.7:
                digits = f"2{rng.randint(0, 99_999_999):08d}"
            else:
                digits = f"{rng.randint(7, 9)}{rng.randint(0, 9_999_999):07d}"
            shown = rng.choice((f"A{digits[:3]}-{digits[3:6]}-{digits[6:]}", f"A#{digits}", digits))
            shown = shown if len(digits) == 9 else f"A{digits}"
            records.rest.append((rec.new_uuid(), rec.Identifier("a_number", shown)))
        roll = rng.random()
        if roll < 0.2:
            group = rng.choice((*range(50, 66), *range(70, 89), *range(90, 93), *range(94, 100)))
            itin = f"9{rng.randint(0, 99):02d}-{group:02d}-{rng.randint(0, 9999):04d}"
            records.rest.append((rec.new_uuid(), rec.Identifier("itin", itin)))
        elif roll < 0.24:
            area = rng.choice((*range(1, 666), *range(667, 900)))
            ssn = f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
            records.rest.append((rec.new_uuid(), rec.Identifier("ssn", ssn)))

    def contacts(self, client: _Client, records: _Records, zip_code: str) -> None:
        rng = self.rng
        danger = rng.random() < (
            0.3 if {"u_visa", "vawa", "t_visa"} & set(client.subcodes) else 0.03
        )
        if danger:
            records.rest.append(
                (
                    rec.new_uuid(),
                    rec.Safety(
                        code_word=self._pick(_CODE_WORDS),
                        alternate_contact=f"{client.relative or 'A friend'}: "
                        f"{self._us_phone(client.state)} (call after 6 pm)",
                        domestic_violence=rng.random() < 0.8,
                        trafficking="t_visa" in client.subcodes,
                        notes="Do not leave details in messages. Ask for the code word first.",
                    ),
                )
            )
        records.rest.append(
            (
                rec.new_uuid(),
                rec.Phone(
                    self._us_phone(client.state),
                    "Mobile" if not danger else "Safe phone",
                    safe_to_call=True,
                    safe_to_text=rng.random() < 0.7,
                    safe_to_voicemail=not danger and rng.random() < 0.6,
                    primary=True,
                ),
            )
        )
        if rng.random() < 0.4:
            abroad = rng.random() < 0.4 and client.group != "english"
            number = _example_phone(client.country) if abroad else self._us_phone(client.state)
            label = f"Family in {_COUNTRIES[client.country].name}" if abroad else "Work"
            records.rest.append((rec.new_uuid(), rec.Phone(number, label, safe_to_call=not danger)))
        line2 = f"Apt {rng.randint(1, 40)}{rng.choice('ABCD')}" if rng.random() < 0.5 else ""
        street = f"{rng.randint(10, 9899)} {self._pick(self.pools.streets)}"
        records.rest.append(
            (
                rec.new_uuid(),
                rec.Address(
                    street,
                    line2,
                    client.city,
                    client.state,
                    zip_code,
                    "US",
                    "Home",
                    safe_to_mail=not danger and rng.random() < 0.8,
                ),
            )
        )
        if rng.random() < 0.1:
            city, zip2 = self._pick(self.pools.places[client.state])
            records.rest.append(
                (
                    rec.new_uuid(),
                    rec.Address(
                        f"{rng.randint(10, 9899)} {self._pick(self.pools.streets)}",
                        "",
                        city,
                        client.state,
                        zip2,
                        "US",
                        "Previous",
                        current=False,
                    ),
                )
            )
        if rng.random() < 0.4:
            given, family = client.person.latin or (client.person.given, client.person.family)
            parts = [
                "".join(ch for ch in _unaccented(part.split()[0]) if ch.isascii() and ch.isalpha())
                for part in (given, family)
                if part
            ]
            local = ".".join(parts) if len(parts) == 2 and all(parts) else "client"
            domain = "example.org" if rng.random() < 0.5 else "example.com"
            address = f"{local.lower()}{rng.randint(1, 999)}@{domain}"
            records.rest.append((rec.new_uuid(), rec.Email(address, "Personal", not danger)))
        self.aliases(client, records)

    def aliases(self, client: _Client, records: _Records) -> None:
        rng, person = self.rng, client.person
        made: list[tuple[str, str, str]] = []
        if person.latin and rng.random() < 0.7:
            made.append((*person.latin, "other_spelling"))
        plain = (_unaccented(person.given), _unaccented(person.family))
        if plain != (person.given, person.family) and rng.random() < 0.5:
            made.append((*plain, "other_spelling"))
        parts = person.family.split()
        if client.group == "spanish" and len(parts) == 2 and rng.random() < 0.4:
            made.append((person.given, f"{parts[1]} {parts[0]}", "other_spelling"))
        elif client.group == "spanish" and len(parts) == 2 and rng.random() < 0.3:
            made.append((person.given, parts[0], "alias"))
        elif (
            client.group in ("arabic", "afghan", "chinese") and person.family and rng.random() < 0.2
        ):
            made.append((person.family, person.given, "alias"))
        for given, family, kind in made[:2]:
            records.rest.append((rec.new_uuid(), rec.Alias(given, family, kind)))

    def _us_phone(self, state: str) -> str:
        # 555-0100 to 555-0199 are reserved for fiction: nobody answers them.
        rng = self.rng
        area = self._pick(_STATE_AREA_CODES[state])
        line = f"01{rng.randint(0, 99):02d}"
        return rng.choice((f"({area}) 555-{line}", f"{area}-555-{line}", f"+1 {area} 555 {line}"))

    # -- applications, court --------------------------------------------------------

    def history(self, client: _Client, records: _Records) -> None:
        rng, today = self.rng, self.today
        arrival = client.last_arrival or client.dob
        forms = [_SUBCODE_FORMS[s] for s in client.subcodes if s in _SUBCODE_FORMS]
        for form in forms[: rng.choices((0, 1, 2), (30, 45, 25))[0]]:
            filed = _days(rng, arrival, today)
            status = rng.choices(("pending", "approved", "denied", "rejected"), (60, 25, 10, 5))[0]
            decided = _days(rng, filed, today) if status != "pending" else None
            records.rest.append(
                (
                    rec.new_uuid(),
                    rec.Application(form, self._receipt(filed), filed, status, decided),
                )
            )
            client.forms.append(form)
        in_court = {"removal_defense", "asylum", "withholding_cat", "bond"} & set(client.subcodes)
        if rng.random() < (0.45 if in_court else 0.08):
            self.proceeding(client, records)
        if rng.random() < 0.05:
            detained = _days(rng, arrival, today)
            released = _days(rng, detained, today) if rng.random() < 0.7 else None
            records.rest.append(
                (
                    rec.new_uuid(),
                    rec.Detention(
                        self._pick(_FACILITIES),
                        detained,
                        released,
                        "Released on bond." if released and rng.random() < 0.5 else "",
                    ),
                )
            )
        if rng.random() < 0.12:
            for _ in range(rng.randint(1, 2)):
                at = self._weekday_at(rng.randint(-365, 365), time(rng.choice((8, 9, 10, 14)), 0))
                outcome = "Reported as scheduled." if at.date() < today else ""
                records.rest.append(
                    (rec.new_uuid(), rec.CheckIn(at, self._pick(_ICE_OFFICES), outcome))
                )

    def _receipt(self, filed: date) -> str:
        rng = self.rng
        office = self._pick(_RECEIPT_OFFICES)
        if office == "IOE":
            return f"IOE{rng.randint(0, 9_999_999_999):010d}"
        return f"{office}{filed.year % 100:02d}{rng.randint(1, 260):03d}{rng.randint(0, 99999):05d}"

    def _weekday_at(self, offset_days: int, at: time) -> datetime:
        day = self.today + timedelta(days=offset_days)
        while day.weekday() >= 5:
            day += timedelta(days=1)
        return datetime.combine(day, at)

    def proceeding(self, client: _Client, records: _Records) -> None:
        rng = self.rng
        court = self._pick(_COURTS)
        judges = self.pools.names["en_US"]
        judge = f"Hon. {self._pick(rng.choice((judges.female, judges.male)))} "
        judge += self._pick(self.pools.names[rng.choice(("en_US", "es_MX"))].family_male)
        proceeding_uuid = rec.new_uuid()
        kind = rng.choices(("removal", "bond", "bia_appeal"), (85, 8, 7))[0]
        status = rng.choices(
            ("pending", "administratively_closed", "relief_granted", "removal_ordered"),
            (80, 8, 8, 4),
        )[0]
        records.cases.append((proceeding_uuid, rec.Proceeding(kind, court, judge, status, "")))
        court_cases = [
            u
            for u, s in zip(client.case_uuids, client.subcodes, strict=True)
            if s in ("removal_defense", "asylum", "withholding_cat", "bond")
        ]
        case_uuid = court_cases[0] if court_cases else ""
        offsets = sorted(rng.randint(-365, 365) for _ in range(rng.randint(0, 3)))
        for i, offset in enumerate(offsets):
            at = self._weekday_at(offset, self._pick(_HEARING_TIMES))
            kind = "individual" if i == len(offsets) - 1 and i > 0 else "master_calendar"
            outcome = "Continued for attorney preparation." if at.date() < self.today else ""
            records.rest.append(
                (
                    rec.new_uuid(),
                    rec.Hearing(
                        at,
                        kind,
                        f"{court}, Courtroom {rng.randint(1, 12)}",
                        judge,
                        proceeding_uuid,
                        case_uuid,
                        outcome,
                    ),
                )
            )

    # -- notes ----------------------------------------------------------------------

    def notes(self, client: _Client, records: _Records) -> None:
        rng = self.rng
        mean = self.notes_mean
        if mean <= 0:
            return
        # Log-normal (sigma 1): median about 0.6 x the mean, and about 1 client in
        # 400 has ten times the mean, as long-running removal cases do.
        count = min(
            int(rng.lognormvariate(math.log(mean) - 0.5, 1.0) + rng.random()), int(mean * 60) + 1
        )
        spanish = 0.36 if client.group == "spanish" else 0.0
        asylum_case = next(
            (u for u, s in zip(client.case_uuids, client.subcodes, strict=True) if s == "asylum"),
            "",
        )
        for _ in range(count):
            index = self.note_index
            self.note_index += 1
            words = [w for w, (period, offset) in PLANTED.items() if index % period == offset]
            lang = "es" if rng.random() < spanish else "en"
            case_uuid = (
                self._pick(client.case_uuids) if client.case_uuids and rng.random() < 0.5 else ""
            )
            roll = rng.random()
            fields = _Fields(self, client, lang)
            privileged = sensitive = False
            if roll < 0.03 and not words:
                body, sensitive = self._pick(_NARRATIVES).format_map(fields), True
                case_uuid = asylum_case or case_uuid
            elif roll < 0.08:
                body, privileged = self._pick(_PRIVILEGED).format_map(fields), True
            else:
                templates = _NOTES_ES if lang == "es" else _NOTES_EN
                sentences = rng.sample(templates, rng.choices((1, 2, 3), (55, 35, 10))[0])
                body = " ".join(t.format_map(fields) for t in sentences)
            for word in words:
                body += " " + _PLANTED_SENTENCES[lang].format(word=word)
            records.rest.append((rec.new_uuid(), rec.Note(body, case_uuid, privileged, sensitive)))

    def field(self, key: str, client: _Client, lang: str) -> str:
        rng, today = self.rng, self.today
        match key:
            case "home":
                return self._pick(_COUNTRIES[client.country].cities)
            case "country":
                return _COUNTRIES[client.country].name
            case "lang":
                return client.lang
            case "court":
                return self._pick(_COURTS)
            case "rel":
                return client.relative or "a cousin"
            case "relation":
                return client.relation
            case "employer":
                return client.employer or "the employer"
            case "abuser":
                return client.abuser or "the former partner"
            case "city":
                return client.city
            case "facility":
                return self._pick(_FACILITIES)
            case "form":
                return self._pick(client.forms) if client.forms else "application"
            case "doc":
                return self._pick(
                    (
                        "birth certificate",
                        "passport",
                        "police report",
                        "medical records",
                        "school records",
                        "national ID card",
                    )
                )
            case "n":
                return str(rng.randint(2, 9))
            case "time":
                return self._pick(("8:30 AM", "9:00 AM", "1:00 PM"))
            case "past" | "past_es":
                day = today - timedelta(days=rng.randint(1, 400))
                return _date_es(day) if key == "past_es" else f"{day:%m/%d/%Y}"
            case "future" | "future_es":
                day = today + timedelta(days=rng.randint(3, 300))
                return _date_es(day) if key == "future_es" else f"{day:%m/%d/%Y}"
            case "month":
                return self._pick(_MONTHS_EN)
            case "year":
                arrival = client.last_arrival or today
                return str(max(arrival.year - rng.randint(0, 3), client.dob.year + 8))
            case "arrival":
                arrival = client.last_arrival or today
                return f"{_MONTHS_EN[arrival.month - 1]} {arrival.year}"
            case "cliente":
                return "la clienta" if client.female else "el cliente"
            case "Cliente":
                return "La clienta" if client.female else "El cliente"
            case "a_cliente":
                return "a la clienta" if client.female else "al cliente"
            case "port":
                return self._pick(_PORTS[:8])
        raise KeyError(key)


def _date_es(day: date) -> str:
    return f"{day.day} de {_MONTHS_ES[day.month - 1]} de {day.year}"


class _Fields(dict[str, str]):
    """Template fields made on first use, so a note pays only for the ones it names."""

    __slots__ = ("_client", "_gen", "_lang")

    def __init__(self, gen: _Generator, client: _Client, lang: str) -> None:
        super().__init__()
        self._gen, self._client, self._lang = gen, client, lang

    def __missing__(self, key: str) -> str:
        value = self[key] = self._gen.field(key, self._client, self._lang)
        return value


class _Records:
    """One plan's records, kept in an order the foreign keys accept."""

    __slots__ = ("cases", "check", "first", "rest")

    def __init__(self) -> None:
        # The conflict check (cases refer to it), set once the adverse parties are known ...
        self.check: tuple[str, rec.Record] | None = None
        # ... household members (incomes refer to them) ...
        self.first: list[tuple[str, rec.Record]] = []
        # ... then cases and proceedings (hearings, parties, notes refer to them) ...
        self.cases: list[tuple[str, rec.Record]] = []
        # ... then everything else.
        self.rest: list[tuple[str, rec.Record]] = []

    def ordered(self) -> tuple[tuple[str, rec.Record], ...]:
        check = () if self.check is None else (self.check,)
        return (*check, *self.first, *self.cases, *self.rest)


# -- the API -------------------------------------------------------------------------


def _check_arguments(count: int, notes_per_client: float, cases_per_client: float) -> None:
    if type(count) is not int or count < 0:
        raise InvalidInput("The number of synthetic clients must be a whole number, 0 or more.")
    for value, what in ((notes_per_client, "notes"), (cases_per_client, "cases")):
        if not isinstance(value, int | float) or not math.isfinite(value) or not 0 <= value <= 1000:
            raise InvalidInput(f"The number of {what} per client must be between 0 and 1000.")


def generate(
    count: int,
    *,
    seed: int = 0,
    today: date,
    notes_per_client: float = 10.0,
    cases_per_client: float = 3.0,
    assignee: str = "",
) -> Iterator[ClientPlan]:
    """Plans for ``count`` synthetic clients, one at a time, the same for the same arguments.

    ``assignee`` is the user name tasks are assigned to and time is recorded for
    (empty: nobody). Every plan passes ``Session.import_plans(..., synthetic=True)``.
    """
    _check_arguments(count, notes_per_client, cases_per_client)
    # Drawn here, not at the first next(): two generators alive at once must
    # not share a half-seeded Faker.
    gen = _Generator(seed, today, float(notes_per_client), float(cases_per_client), assignee)
    return (gen.plan(i) for i in range(count))


def fill(
    session: Session,
    count: int,
    *,
    seed: int = 0,
    batch: int = 500,
    progress: Callable[[int], None] | None = None,
    notes_per_client: float = 10.0,
    cases_per_client: float = 3.0,
) -> int:
    """Import ``count`` synthetic clients into a demo vault, ``batch`` per transaction.

    Refuses (``PermissionDenied``) a vault that holds real clients or a user who
    is not an administrator. Calls ``progress(done)`` after each batch; returns
    the number of clients created.
    """
    if type(batch) is not int or batch < 1:
        raise InvalidInput("The batch size must be a whole number, 1 or more.")
    plans = generate(
        count,
        seed=seed,
        today=date.today(),
        notes_per_client=notes_per_client,
        cases_per_client=cases_per_client,
        assignee=session.user.name,
    )
    done = 0
    while chunk := list(islice(plans, batch)):
        done += len(session.import_plans(chunk, synthetic=True).client_uuids)
        if progress is not None:
            progress(done)
    return done
