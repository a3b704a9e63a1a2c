#!/bin/sh
# Build dist/caseapp.app (and dist/caseapp-<version>-macos.dmg) on a Mac.
# Run from anywhere; needs Python 3.11 (python.org or Homebrew) and Xcode's command
# line tools. Not run on this project's Linux machines: there is no Mac there.
#
#   sh packaging/macos/build.sh            build, self-test, make the .dmg (unsigned)
#
# Signing and notarisation (needs an Apple Developer ID; do it before handing the
# .dmg to an office, or Gatekeeper refuses to open it):
#
#   IDENTITY="Developer ID Application: <Org name> (<TEAMID>)"
#   codesign --force --deep --options runtime --timestamp \
#       --entitlements packaging/macos/entitlements.plist --sign "$IDENTITY" dist/caseapp.app
#   codesign --verify --deep --strict --verbose=2 dist/caseapp.app
#   hdiutil create -volname caseapp -srcfolder dist/caseapp.app -ov -format UDZO dist/caseapp.dmg
#   codesign --sign "$IDENTITY" --timestamp dist/caseapp.dmg
#   xcrun notarytool submit dist/caseapp.dmg --keychain-profile caseapp-notary --wait
#   xcrun stapler staple dist/caseapp.dmg
#   spctl --assess --type open --context context:primary-signature -v dist/caseapp.dmg
#
# (Create the keychain profile once with
#  `xcrun notarytool store-credentials caseapp-notary --apple-id ... --team-id ...`.)
set -eu
cd "$(dirname "$0")/../.."

PYTHON=${PYTHON:-python3.11}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install --quiet -e . -r packaging/requirements.txt
for ts in resources/i18n/caseapp_*.ts; do
  .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
done

# The same spec as Linux and Windows; on macOS it also wraps the folder in
# caseapp.app (PyInstaller's BUNDLE) with the keys of packaging/macos/Info.plist.
.venv/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
  packaging/pyinstaller/caseapp.spec

QT_QPA_PLATFORM=offscreen dist/caseapp.app/Contents/MacOS/caseapp --self-test
du -sh dist/caseapp.app

version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' caseapp/__init__.py)
hdiutil create -volname caseapp -srcfolder dist/caseapp.app -ov -format UDZO \
  "dist/caseapp-$version-macos-$(uname -m).dmg"
echo "dist/caseapp-$version-macos-$(uname -m).dmg (unsigned: see the signing steps above)"
