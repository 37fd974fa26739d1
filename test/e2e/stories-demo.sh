#!/usr/bin/env bash
# Builds the demo/ folder of the README's "Stories" section from the fixtures, in the folder given (default .):
# the AFP fixture, its copy cut after two paragraphs with other quote marks and a channel footer, its copy with
# a paragraph of a site's own, the Telegram fixture and its re-post without the `عاجل |` prefix and with a
# digit for a number word, and an unrelated Telegram post.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
demo=${1:-.}/demo
rm -rf "$demo" && mkdir -p "$demo/afp" "$demo/channel" "$demo/site"
cp "$root/fixtures/fr/fr-01-afp.txt" "$demo/afp/rail-plan.txt"
cp "$root/fixtures/ar/ar-06-telegram-post.txt" "$demo/channel/gaza-rescue.txt"
cp "$root/fixtures/fr/fr-02-telegram.txt" "$demo/channel/"
{ head -3 "$demo/afp/rail-plan.txt" | sed 's/«/"/; s/»/"/; s/PARIS (AFP) - //'; printf '\n👉 Rejoignez notre canal Telegram : https://t.me/infos_rail\n'; } > "$demo/channel/rail-plan-short.txt"
{ sed '$d' "$demo/afp/rail-plan.txt"; printf "\nDans la région, plusieurs maires ont déjà demandé que la ligne fermée en 2019 soit la première rouverte.\n"; } > "$demo/site/rail-plan-long.txt"
sed 's/عاجل | //; s/ثلاثة/٣/' "$demo/channel/gaza-rescue.txt" > "$demo/site/gaza-rescue-repost.txt"
