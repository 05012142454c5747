#!/usr/bin/env bash
# Renders every BPMN model under processes/ with bpmn-js in Debian's headless chromium, to
# target/screenshots/<model>.png: what a designer sees in Camunda Modeler, for a reviewer
# who has none (CI keeps the pictures). Needs node (lint/install.sh) and /usr/bin/chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

shopt -s nullglob globstar
source lint/install.sh
chromium=${CHROMIUM:-/usr/bin/chromium}
out=target/screenshots
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

for model in processes/**/*.bpmn; do
	name=$(basename "$model" .bpmn)
	# The model goes into the page as a JSON string: no server, no file access from the page.
	node -e '
		const fs = require("fs");
		const [model, viewer, css, page] = process.argv.slice(1);
		const xml = JSON.stringify(fs.readFileSync(model, "utf8"));
		fs.writeFileSync(page, `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="file://${css}">
<style>html, body, #canvas { margin: 0; width: 100%; height: 100%; background: #fff; }</style></head>
<body><div id="canvas"></div><script src="file://${viewer}"></script><script>
const viewer = new BpmnJS({ container: "#canvas" });
viewer.importXML(${xml})
  .then(() => viewer.get("canvas").zoom("fit-viewport"))
  .catch((error) => { document.body.textContent = "Không hiển thị được mô hình: " + error.message; });
</script></body></html>`);
	' "$model" "$PWD/node_modules/bpmn-js/dist/bpmn-viewer.production.min.js" \
		"$PWD/node_modules/bpmn-js/dist/assets/bpmn-js.css" "$work/$name.html"
	"$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
		--no-first-run --user-data-dir="$work/profile" --allow-file-access-from-files --hide-scrollbars \
		--window-size=2400,1300 --virtual-time-budget=5000 --screenshot="$out/$name.png" "file://$work/$name.html" \
		>/dev/null 2>&1
	[[ -s $out/$name.png ]] || { echo "render: $model gave no picture" >&2; exit 1; }
	# A picture of an error message is no render: the page must hold the drawn diagram (on an
	# error the page's body is replaced by the message, so no diagram element is left).
	dom=$("$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
		--no-first-run --user-data-dir="$work/profile-dom" --allow-file-access-from-files \
		--virtual-time-budget=5000 --dump-dom "file://$work/$name.html" 2>/dev/null)
	if [[ $dom != *djs-element* ]]; then
		message=${dom##*<body>}
		echo "render: bpmn-js could not draw $model: ${message:0:300}" >&2
		exit 1
	fi
	echo "render: $out/$name.png"
done
