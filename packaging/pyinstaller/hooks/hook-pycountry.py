# Replaces pyinstaller-hooks-contrib's hook-pycountry: the ISO JSON databases and the
# package metadata, without the gettext catalogues under pycountry/locales (~22 MB):
# caseapp shows English names and its own translations (caseapp/core/codes.py).
from PyInstaller.utils.hooks import collect_data_files, copy_metadata

datas = copy_metadata("pycountry") + collect_data_files("pycountry", excludes=["locales", "tests"])
