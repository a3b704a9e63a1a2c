# Replaces pyinstaller-hooks-contrib's hook-phonenumbers (every submodule). caseapp
# parses, validates and formats numbers only (caseapp/core/phones.py): the geocoder,
# carrier and time-zone databases (~43 MB of the 48 MB package) are left out. The
# per-region metadata (phonenumbers.data.region_XX, shortdata) is loaded lazily by
# name, so it is listed here.
from PyInstaller.utils.hooks import collect_submodules

_UNUSED = (
    "phonenumbers.geodata",
    "phonenumbers.carrierdata",
    "phonenumbers.tzdata",
    "phonenumbers.geocoder",
    "phonenumbers.carrier",
    "phonenumbers.timezone",
    "phonenumbers.prefix",
)

hiddenimports = collect_submodules("phonenumbers", filter=lambda name: not name.startswith(_UNUSED))
excludedimports = list(_UNUSED)
