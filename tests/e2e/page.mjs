// End-to-end test of the built page (dist/, from `trunk build --release`):
// serves it on 127.0.0.1, drives it in headless Chromium with playwright-core
// and checks what a person would: paste a seed -> highlights of its kinds;
// Download JSON equals `undoc annotate` of the same text except `source`;
// toggles; add/relabel/remove with undo, seen in the download as manual;
// every export parses; copy JSON; open a UTF-16 file; an example in one
// click; reload keeps text and corrections; axe finds no violation; 360 px
// wide works; no request leaves 127.0.0.1; no CSP or script error; a 1 MB
// document stays usable (time printed). Takes screenshots into
// $SCREENSHOT_DIR (default: a temporary directory, so a test run leaves the
// checkout clean); `SCREENSHOT_DIR=docs` refreshes the README's.
import { createServer } from "node:http";
import { readFileSync, existsSync, mkdirSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { extname, join, normalize } from "node:path";
import { tmpdir } from "node:os";
import { strict as assert } from "node:assert";
import { chromium } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";

const root = new URL("../..", import.meta.url).pathname;
const dist = join(root, "dist");
const cli = join(root, "target/release/undoc");
const seedDir = join(root, "tests/data/seeds");
const shots = process.env.SCREENSHOT_DIR ? join(process.cwd(), process.env.SCREENSHOT_DIR) : join(tmpdir(), "undoc-e2e");
const seeds = ["000_19d8e4581a498d05.txt", "002_b3e6555703f58ac3.txt", "004_74beb604c366e27e.txt"];
// The seed of the README's screenshot: all eight kinds within one screen of text.
const showcase = "001_06028432a52c8909.txt";
for (const f of [join(dist, "index.html"), cli]) assert.ok(existsSync(f), `${f} is missing: run trunk build --release and cargo build --release`);

const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css", ".txt": "text/plain; charset=utf-8" };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
  const file = join(dist, path.endsWith("/") ? "index.html" : path);
  if (!file.startsWith(dist) || !existsSync(file)) { res.writeHead(404); res.end(); return; }
  res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
});
const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
const page = await context.newPage();
const outside = [];
const problems = [];
page.on("request", (r) => { const u = r.url(); if (!u.startsWith(origin + "/") && !u.startsWith("blob:") && !u.startsWith("data:")) outside.push(u); });
page.on("console", (m) => { if (m.type() === "error") problems.push(m.text()); });
page.on("pageerror", (e) => problems.push(String(e)));

let step = "";
const check = (name) => { step = name; console.log(`e2e: ${name}`); };
const withoutSource = (json) => { const o = JSON.parse(json); delete o.source; return o; };
const textBox = () => page.getByLabel("Document text");
async function download(label) {
  const [d] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: label, exact: true }).click()]);
  return { name: d.suggestedFilename(), text: readFileSync(await d.path(), "utf8") };
}
// Pastes `text` as one input event (Playwright's fill() is itself slow on
// long text), then waits until the page reports it annotated.
async function setText(text) {
  await page.evaluate((t) => {
    const area = document.querySelector("textarea");
    area.value = t;
    area.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
  }, text);
  await page.waitForFunction((n) => document.querySelector("p.status")?.textContent.startsWith(`${n} characters`), [...text].length, { timeout: 60_000 });
}

try {
  check("the page loads with a labelled text box");
  await page.goto(origin + "/");
  await textBox().waitFor();

  for (const seed of seeds) {
    check(`paste ${seed}: highlights, then Download JSON equals the command line's`);
    const text = readFileSync(join(seedDir, seed), "utf8");
    if (seed === seeds[0]) await textBox().fill(text); // typed through the real input path once
    await setText(text);
    await page.locator("mark[data-kind]").first().waitFor();
    const expected = execFileSync(cli, ["annotate", join(seedDir, seed)], { encoding: "utf8", maxBuffer: 1 << 26 });
    const kinds = new Set(JSON.parse(expected).annotations.map((a) => a.kind));
    for (const kind of kinds) {
      assert.ok(await page.locator(`mark[data-kind="${kind}"]`).count() > 0, `no ${kind} highlight for ${seed}`);
    }
    const got = await download("Download JSON");
    assert.equal(got.name, "pasted.json");
    assert.deepEqual(withoutSource(got.text), withoutSource(expected));
    assert.equal(JSON.stringify(withoutSource(got.text), null, 2), JSON.stringify(withoutSource(expected), null, 2));
  }

  check("screenshot: a seed with every kind in view, counted in the legend, a value shown");
  mkdirSync(shots, { recursive: true });
  const showText = readFileSync(join(seedDir, showcase), "utf8");
  const showKinds = new Set(JSON.parse(execFileSync(cli, ["annotate", join(seedDir, showcase)], { encoding: "utf8" })).annotations.map((a) => a.kind));
  await page.setViewportSize({ width: 1600, height: 1900 });
  await setText(showText);
  for (const kind of showKinds) {
    assert.ok(Number(await page.locator(`button.chip[data-kind=${kind}] .count`).textContent()) > 0, `legend counts no ${kind}`);
  }
  // A symbol chosen first (the inspector at its full height), then the text
  // scrolled to where the most kinds are in the window at once.
  await page.locator(".text mark[data-kind=symbol]").first().click();
  await page.locator(".selected-annotation").waitFor();
  const inView = await page.locator(".text").evaluate((box) => {
    const marks = [...box.querySelectorAll("mark[data-kind]")];
    const height = Math.min(box.clientHeight, innerHeight - box.getBoundingClientRect().top);
    const y = (m) => m.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
    const seen = (top) => new Set(marks.filter((m) => y(m) >= top && y(m) + m.offsetHeight <= top + height).map((m) => m.dataset.kind));
    let best = { kinds: [], top: 0 };
    for (const m of marks) { const top = Math.max(0, y(m) - 8); const kinds = [...seen(top)]; if (kinds.length > best.kinds.length) best = { kinds, top }; }
    box.scrollTop = best.top;
    return best.kinds;
  });
  assert.deepEqual(inView.sort(), [...showKinds].sort(), "not every kind can be seen at once");
  const pick = await page.locator(".text").evaluate((box) => {
    const b = box.getBoundingClientRect();
    const m = [...box.querySelectorAll("mark[data-kind=symbol]")].find((m) => { const r = m.getBoundingClientRect(); return r.top > b.top && r.bottom < b.top + b.height / 2; });
    m.dataset.shot = "1";
    return m.textContent;
  });
  await page.locator("mark[data-shot]").hover();
  await page.locator(".tip").waitFor();
  assert.ok(pick.length > 0);
  await page.screenshot({ path: join(shots, "screenshot.png") });
  await page.setViewportSize({ width: 1280, height: 900 });
  // The text's box ends at the window's bottom, whatever stands above it.
  const { bottom, height } = await page.locator(".text").evaluate((box) => ({ bottom: box.getBoundingClientRect().bottom, height: innerHeight }));
  assert.ok(bottom <= height && bottom > height - 40, `the text box ends at ${bottom} in a ${height} px window`);
  // Agenda numbers once, no list marker on a wrapped entry's last line.
  assert.equal(await page.locator("ol.agenda").first().evaluate((ol) => getComputedStyle(ol).listStyleType), "none");
  await setText(readFileSync(join(seedDir, seeds.at(-1)), "utf8"));

  check("axe: no accessibility violations");
  const axe = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`), []);

  check("legend toggles hide and show a kind");
  const toggledKind = await page.locator("mark[data-kind]").first().getAttribute("data-kind");
  const marksOfKind = await page.locator(`mark[data-kind=${toggledKind}]`).count();
  const chip = page.locator(`button.chip[data-kind=${toggledKind}]`);
  await chip.click();
  assert.equal(await page.locator(`mark[data-kind=${toggledKind}]`).count(), 0);
  assert.equal(await chip.getAttribute("aria-pressed"), "false");
  await chip.click();
  assert.equal(await page.locator(`mark[data-kind=${toggledKind}]`).count(), marksOfKind);

  check("hover shows the normalised value; keyboard selects a highlight");
  const symbols = await page.locator("mark[data-kind=symbol]").count();
  const target = page.locator(symbols ? "mark[data-kind=symbol]" : "mark[data-kind]").first();
  assert.match(await target.getAttribute("data-tip"), symbols ? /^Document symbol: \S+ · https:\/\/undocs\.org\/(zh|en)\/\S+$/ : /^[A-Z][a-z ]+: ./);
  await target.focus();
  await page.keyboard.press("Enter");
  await page.locator(symbols ? ".selected-annotation a[href*='undocs.org']" : ".selected-annotation").waitFor();

  check("a keyboard user can skip the highlights to the export and the panels");
  await page.locator(".reader a.skip").focus();
  assert.ok((await page.locator(".reader a.skip").boundingBox()).width > 0, "the skip link does not show when focused");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement.id), "overview");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Download JSON");

  check("remove, relabel and add annotations; the download marks them manual; undo");
  const before = JSON.parse((await download("Download JSON")).text).annotations.length;
  await page.locator(".inspector").getByRole("button", { name: "Remove" }).click();
  let json = JSON.parse((await download("Download JSON")).text);
  assert.equal(json.annotations.length, before - 1);
  const relabelled = page.locator("mark[data-kind]:not([data-kind=article])").first();
  await relabelled.click();
  await page.locator("#relabel-kind").selectOption("article");
  await page.getByRole("button", { name: "Change kind" }).click();
  json = JSON.parse((await download("Download JSON")).text);
  assert.ok(json.annotations.some((a) => a.kind === "article" && a.source === "manual"), "relabelled annotation not a manual article");
  // Select two characters of plain text with the mouse and add a place.
  const rect = await page.evaluate(() => {
    const span = [...document.querySelectorAll(".text > span[data-o]")].find((s) => /^[^\s]{3}/.test(s.textContent.trim()));
    const node = span.firstChild;
    const skip = node.textContent.length - node.textContent.trimStart().length;
    const range = document.createRange();
    range.setStart(node, skip);
    range.setEnd(node, skip + 2);
    const r = range.getBoundingClientRect();
    span.scrollIntoView({ block: "center" });
    const r2 = range.getBoundingClientRect();
    return { x: r2.left, y: r2.top + r2.height / 2, w: r2.width };
  });
  await page.mouse.move(rect.x + 1, rect.y);
  await page.mouse.down();
  await page.mouse.move(rect.x + rect.w - 1, rect.y, { steps: 5 });
  await page.mouse.up();
  await page.locator("#add-kind").selectOption("place");
  await page.getByRole("button", { name: "Add annotation" }).click();
  json = JSON.parse((await download("Download JSON")).text);
  assert.ok(json.annotations.some((a) => a.kind === "place" && a.source === "manual"), "added place missing");
  for (const a of json.annotations) assert.equal(a.end - a.start, [...a.text].length);
  assert.equal(await page.locator("mark.manual").count() >= 2, true);

  check("a triple click on the text's last paragraph picks that paragraph");
  const lastPiece = page.locator(".text span[data-o]").filter({ hasText: /\S{4}/ }).last();
  await lastPiece.click({ clickCount: 3 });
  const picked = await page.locator(".inspector .picked q").textContent();
  assert.ok(picked.length > 3 && (await textBox().inputValue()).includes(picked), `picked "${picked}"`);

  check("reload keeps the text and the corrections");
  const kept = await textBox().inputValue();
  await page.reload();
  await page.locator("mark[data-kind]").first().waitFor();
  assert.equal(await textBox().inputValue(), kept);
  assert.ok(await page.locator("mark.manual").count() >= 2);
  await page.getByRole("button", { name: /^Undo/ }).click();
  await page.getByRole("button", { name: /^Undo/ }).click();
  await page.getByRole("button", { name: /^Undo/ }).click();
  json = JSON.parse((await download("Download JSON")).text);
  assert.equal(json.annotations.length, before);
  assert.ok(json.annotations.every((a) => a.source === undefined));

  check("side panels: entries jump to their first mention");
  await page.locator(".panel").first().waitFor();
  const entry = page.locator(".panel button.link").last();
  await entry.click();
  await page.locator("mark.flash").waitFor();
  if (symbols) assert.ok(await page.locator(".panel a[href^='https://undocs.org/']").count() > 0);

  check("every export parses");
  const csv = await download("CSV");
  assert.match(csv.text, /^id,kind,start,end,text,value,source\r\n/);
  const ld = await download("Web Annotation JSON-LD");
  assert.ok(JSON.parse(ld.text)["@context"]);
  const ann = await download("brat .ann");
  for (const line of ann.text.split("\n").filter(Boolean)) assert.match(line, /^[TA#]\d+\t/);
  const ics = await download("Calendar .ics");
  assert.match(ics.text, /^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
  const events = (ics.text.match(/^BEGIN:VEVENT\r$/gm) ?? []).length;
  const saved = await page.locator(".exports .status").textContent();
  assert.equal(saved.includes("without events"), events === 0, `${events} events but the page says "${saved}"`);

  check("copy JSON puts the download on the clipboard");
  await page.getByRole("button", { name: "Copy JSON" }).click();
  await page.getByText("JSON copied to the clipboard").waitFor();
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  assert.deepEqual(withoutSource(clip), withoutSource((await download("Download JSON")).text));

  check("open a UTF-16 file: decoded as the command line decodes it");
  const seedText = readFileSync(join(seedDir, seeds[0]), "utf8");
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedText, "utf16le")]);
  await page.locator("input[type=file]").setInputFiles({ name: "meeting.txt", mimeType: "text/plain", buffer: utf16 });
  await page.waitForFunction(() => document.querySelector("textarea").value.length > 1000);
  assert.equal(await textBox().inputValue(), seedText);
  const opened = await download("Download JSON");
  assert.equal(opened.name, "meeting.json");
  assert.equal(JSON.parse(opened.text).source.name, "meeting.txt");

  check("drop a .txt file (UTF-8 with BOM) on the text box");
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array([0xef, 0xbb, 0xbf]), "第九届会议\n2021年12月13日至17日，维也纳\n"], "dropped.txt", { type: "text/plain" }));
    document.querySelector("textarea").dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => document.querySelector("textarea").value.startsWith("第九届会议"));
  assert.equal((await download("Download JSON")).name, "dropped.json");
  // Dropped on the annotated text (or anywhere), a file is opened too, and
  // the browser does not leave the page for it.
  const url = page.url();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(["Vienna, 3 May 2024\n"], "beside.txt", { type: "text/plain" }));
    const over = new DragEvent("dragover", { dataTransfer: data, bubbles: true, cancelable: true });
    document.querySelector(".text").dispatchEvent(over);
    window.overPrevented = over.defaultPrevented;
    document.querySelector(".text").dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => document.querySelector("textarea").value.startsWith("Vienna, 3 May 2024"));
  assert.ok(await page.evaluate(() => window.overPrevented), "dragging a file over the text does not allow a drop");
  assert.equal(page.url(), url);
  assert.equal((await download("Download JSON")).name, "beside.json");
  assert.equal(await page.locator(".exports .status").textContent(), "Saved beside.json");
  await page.locator("input[type=file]").setInputFiles({ name: "meeting.txt", mimeType: "text/plain", buffer: utf16 });
  await page.waitForFunction(() => document.querySelector("textarea").value.length > 1000);
  assert.equal(await page.locator(".exports .status").textContent(), "", "the export status still speaks of the last document");

  check("binary file: a clear message, the text stays");
  await page.locator("input[type=file]").setInputFiles({ name: "x.bin", mimeType: "application/octet-stream", buffer: Buffer.from([0, 1, 2, 0, 255, 0, 3, 0, 0, 0, 7, 8]) });
  await page.locator(".editor .error").waitFor();
  assert.equal(await textBox().inputValue(), seedText);

  check("an example loads in one click");
  await page.getByRole("button", { name: "English · committee agenda" }).click();
  await page.waitForFunction(() => document.querySelector("textarea").value.includes("Outer Space"));
  await page.locator("mark[data-kind]").first().waitFor();

  check("clear asks first");
  page.once("dialog", (d) => d.dismiss());
  await page.getByRole("button", { name: "Clear" }).click();
  assert.ok((await textBox().inputValue()).length > 0);
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Clear" }).click();
  await page.waitForFunction(() => document.querySelector("textarea").value === "");

  check("pasted HTML stays text");
  await setText('<img src=x onerror="window.pwned=1"><script>window.pwned=2</script> A/RES/75/1');
  assert.equal(await page.locator(".text img, .text script").count(), 0);
  assert.equal(await page.evaluate(() => window.pwned), undefined);

  check("360 px wide: no horizontal scrolling, controls reachable");
  await setText(readFileSync(join(seedDir, seeds[0]), "utf8"));
  await page.setViewportSize({ width: 360, height: 740 });
  await page.locator("mark[data-kind]").first().waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than 360px`);
  // The tooltip of a highlight at the right edge stays inside the screen.
  const edge = await page.evaluate(() => {
    const text = document.querySelector(".text").getBoundingClientRect();
    const marks = [...document.querySelectorAll(".text mark")].filter((m) => { const r = m.getBoundingClientRect(); return r.top > text.top && r.bottom < text.bottom; });
    marks.sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right);
    marks[0].dataset.edge = "1";
    return marks[0].getAttribute("data-tip");
  });
  await page.locator("mark[data-edge]").hover();
  const tip = page.locator(".tip");
  await tip.waitFor();
  assert.equal(await tip.textContent(), edge);
  const tipBox = await tip.boundingBox();
  assert.ok(tipBox.x >= 0 && tipBox.x + tipBox.width <= 360, `tooltip at ${tipBox.x}..${tipBox.x + tipBox.width} leaves the 360 px screen`);
  const sideways = await page.locator(".text").evaluate((box) => {
    const right = box.getBoundingClientRect().right;
    const wide = [...box.querySelectorAll("*")].filter((e) => e.getBoundingClientRect().right > right).map((e) => e.outerHTML.slice(0, 80));
    // A few pixels are hanging white space at line ends, hidden by overflow-x.
    return box.scrollWidth > box.clientWidth + 4 ? `${box.scrollWidth} > ${box.clientWidth}: ${wide.slice(0, 3).join(" | ")}` : "";
  });
  assert.equal(sideways, "", "the text scrolls sideways");
  // The skip link shows only while focused (its words once showed at the left edge).
  assert.ok((await page.locator(".reader a.skip").boundingBox()).width <= 1, "the skip link shows unfocused");
  const narrowAxe = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(narrowAxe.violations.map((v) => v.id), []);
  await page.screenshot({ path: join(shots, "screenshot-360.png") });
  await page.setViewportSize({ width: 1280, height: 900 });

  check("1 MB document stays responsive");
  const base = seeds.map((s) => readFileSync(join(seedDir, s), "utf8")).join("\n");
  const big = base.repeat(Math.ceil(1_000_000 / base.length)).slice(0, 1_000_000);
  const t0 = Date.now();
  await setText(big);
  await page.locator("mark[data-kind]").first().waitFor();
  const shown = Date.now() - t0;
  const t1 = Date.now();
  await page.locator("button.chip[data-kind=place]").click();
  await page.locator("button.chip[data-kind=place][aria-pressed=false]").waitFor();
  const toggled = Date.now() - t1;
  const status = await page.locator("p.status").first().textContent();
  console.log(`e2e: ${big.length} characters (${(Buffer.byteLength(big) / 1048576).toFixed(1)} MB UTF-8): highlights after ${shown} ms (incl. the 250 ms typing pause; ${status}), a legend toggle in ${toggled} ms`);
  // Choosing a highlight and jumping from a panel stay quick (the panels
  // are not rendered again for a click).
  const t2 = Date.now();
  await page.locator(".text mark[data-kind=participant]").first().click();
  await page.locator(".selected-annotation").waitFor();
  const chosen = Date.now() - t2;
  const t3 = Date.now();
  await page.locator(".panel button.link").last().click();
  await page.locator("mark.flash").waitFor();
  const jumped = Date.now() - t3;
  console.log(`e2e: on 1 MB, choosing a highlight took ${chosen} ms, a panel entry's jump ${jumped} ms`);
  assert.ok(chosen < 2000 && jumped < 5000, "1 MB document: clicks too slow");
  // Scrolling to the end renders the rest block by block.
  await page.locator(".text").evaluate((el) => { el.scrollTop = el.scrollHeight; });
  await page.waitForFunction(() => document.querySelectorAll(".text mark").length > 200);
  assert.ok(shown < 30_000 && toggled < 10_000, "1 MB document too slow");

  check("after an internal error, a reload keeps the text and waits before annotating it");
  await page.evaluate(() => localStorage.setItem("undoc.crashed.v1", "true"));
  await page.reload();
  await page.locator(".held").waitFor();
  assert.equal(await textBox().inputValue(), big);
  assert.equal(await page.locator("mark[data-kind]").count(), 0);
  await page.getByRole("button", { name: "Annotate it" }).click();
  await page.locator("mark[data-kind]").first().waitFor();
  assert.equal(await page.locator(".held").count(), 0);

  check("no request left 127.0.0.1; no CSP or script error");
  assert.deepEqual(outside, []);
  assert.deepEqual(problems.filter((p) => !p.includes("favicon")), []);
  console.log("e2e: all checks passed");
} catch (e) {
  console.error(`e2e: FAILED at "${step}"`);
  console.error(e);
  if (problems.length) console.error("browser errors:", problems);
  await page.screenshot({ path: "/tmp/e2e-failure.png" }).catch(() => {});
  process.exitCode = 1;
} finally {
  await browser.close();
  server.close();
}
