#!/usr/bin/env bash
# Turns CHANGELOG.md's "## [Unreleased]" into "## [VERSION] - DATE" under a new, empty
# "## [Unreleased]". Usage: release/changelog.sh VERSION [DATE]   (DATE: today, UTC, by default)
set -euo pipefail
cd "$(dirname "$0")/.."
version="${1:?usage: release/changelog.sh VERSION [DATE]}"
date="${2:-$(date -u +%F)}"
grep -q '^## \[Unreleased\]$' CHANGELOG.md || { echo "CHANGELOG.md has no '## [Unreleased]'" >&2; exit 1; }
if grep -q "^## \[$version\]" CHANGELOG.md; then echo "CHANGELOG.md already has $version" >&2; exit 1; fi
sed -i "0,/^## \[Unreleased\]\$/s//## [Unreleased]\n\n## [$version] - $date/" CHANGELOG.md
echo "CHANGELOG.md: Unreleased is now $version - $date"
