#!/usr/bin/env bash
# Wrap the PyInstaller folder (dist/desk-app) in a Debian package with dpkg-deb only:
#   /opt/beneficiary-desk/        the self-contained application folder
#   /usr/bin/desk-app             a link to it (the same command line as from the source tree)
#   /usr/share/applications/      a menu entry;  /usr/share/icons/hicolor/256x256/apps/  the icon
# Data stay in each user's ~/.local/share/BeneficiaryDesk: removing or upgrading the package
# never touches them. Usage: build-deb.sh DIST_DIR OUT_DIR
set -euo pipefail
dist=${1:?usage: build-deb.sh DIST_DIR OUT_DIR}
out=${2:?usage: build-deb.sh DIST_DIR OUT_DIR}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
version=$(sed -n 's/^version = "\(.*\)"/\1/p' "$root/pyproject.toml" | head -1)
arch=$(dpkg --print-architecture)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
         "$stage/usr/share/icons/hicolor/256x256/apps"
cp -a "$dist/desk-app" "$stage/opt/beneficiary-desk"
ln -s /opt/beneficiary-desk/desk-app "$stage/usr/bin/desk-app"
install -m 644 "$here/desk-app.desktop" "$stage/usr/share/applications/desk-app.desktop"
install -m 644 "$root/resources/icons/desk-app.png" \
        "$stage/usr/share/icons/hicolor/256x256/apps/desk-app.png"
size_kb=$(du -sk "$stage" | cut -f1)
# Qt's xcb platform plugin loads these from the system (the same list as .ci/system-deps).
cat > "$stage/DEBIAN/control" <<CONTROL
Package: beneficiary-desk
Version: $version
Architecture: $arch
Maintainer: Beneficiary Desk maintainers <desk@localhost>
Installed-Size: $size_kb
Depends: libc6, libegl1, libgl1, libfontconfig1, libxkbcommon0, libxkbcommon-x11-0, libdbus-1-3, libglib2.0-0, libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-randr0, libxcb-render-util0, libxcb-shape0, libxcb-xinerama0, libxcb-xkb1, libcups2
Section: misc
Priority: optional
Description: Beneficiary Desk - reception desk for Saudi charitable associations
 Find or register beneficiaries, record their requests, print the declaration and the
 receipt, track deadlines, complaints and satisfaction. Arabic first, works offline.
CONTROL
mkdir -p "$out"
deb="$out/beneficiary-desk_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zzstd -z3 --build "$stage" "$deb" >/dev/null
echo "$deb"
