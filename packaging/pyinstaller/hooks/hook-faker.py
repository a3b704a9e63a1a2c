# Replaces pyinstaller-hooks-contrib's hook-faker, which copies the .py source of every
# provider (~13 MB, nearly all of it locale data) as data files on top of the compiled
# modules in the PYZ archive.
#
# Faker needs those files only to *list* locales: frozen, faker.utils.loading.list_module
# globs "<sys._MEIPASS>/faker/providers/<provider>/*/__init__.py" and then imports each
# locale, which PyInstaller serves from the PYZ archive, never from the file on disk.
# So an empty marker file per package is enough; they are written under the build's
# work directory.
from pathlib import Path

from PyInstaller.config import CONF
from PyInstaller.utils.hooks import collect_submodules, get_package_paths

hiddenimports = collect_submodules("faker.providers")

_base, _providers = get_package_paths("faker.providers")
_markers = Path(CONF["workpath"]) / "faker-markers"
datas = []
for init in sorted(Path(_providers).rglob("__init__.py")):
    rel = init.parent.relative_to(_base)  # faker/providers/<provider>/<locale>
    marker = _markers / rel / "__init__.py"
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.write_text("# marker for faker.utils.loading.list_module; code is in the PYZ\n")
    datas.append((str(marker), str(rel)))
