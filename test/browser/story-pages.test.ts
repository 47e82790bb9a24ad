/**
 * The web app in a real browser (Debian chromium driven by playwright-core): the story list of the
 * demo store, a story page with its digest, timeline SVG and source links, an article page reached
 * through a cite, and Japanese glyphs actually rendered (not tofu). Skipped with a message when
 * chromium is not installed (`.ci/run` installs it with fonts-ipafont-gothic).
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium } from 'playwright-core'
import { buildDemo } from '../../src/app/demo.ts'
import { createLogger } from '../../src/app/logger.ts'
import { startWeb } from '../../src/app/start-web.ts'
import { loadTokenizer } from '../../src/runtime/load-tokenizer.ts'

const CHROMIUM = process.env['MATOME_CHROMIUM'] ?? '/usr/bin/chromium'
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
// .ci/run sets MATOME_REQUIRE_BROWSER=1: there a missing chromium fails instead of skipping
const skip = existsSync(CHROMIUM) || process.env['MATOME_REQUIRE_BROWSER'] === '1' ? false : `chromium not found at ${CHROMIUM} (apt-get install -y chromium fonts-ipafont-gothic, or set MATOME_CHROMIUM)`

test('web app in chromium', { skip, timeout: 120_000 }, async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'matome-browser-'))
  const demo = await buildDemo({ outDir: path.join(dir, 'out'), tokenizer: await loadTokenizer() })
  const server = await startWeb(demo.repository, { port: 0, host: '127.0.0.1', logger: createLogger('silent'), token: '' })
  const context = await chromium.launchPersistentContext(path.join(dir, 'profile'), { executablePath: CHROMIUM, args: ARGS, headless: true, viewport: { width: 1000, height: 900 } })
  t.after(async () => {
    await context.close()
    await server.close()
    await demo.repository.close()
    rmSync(dir, { recursive: true, force: true })
  })
  const page = context.pages()[0] ?? (await context.newPage())
  const consoleErrors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text())
  })

  await t.test('opens the story list and clicks into the first story', async () => {
    await page.goto(`${server.url}/`)
    assert.equal(await page.getAttribute('html', 'lang'), 'ja')
    const links = page.locator('ul.stories a.headline')
    assert.ok((await links.count()) >= 4, 'the demo has at least four stories')
    await links.first().click()
    await page.waitForURL(/\/stories\//)
  })

  await t.test('shows the digest with sections, ✅ bullets and 公開日', async () => {
    const headline = (await page.locator('h1').innerText()).trim()
    assert.ok(headline.length > 0)
    assert.ok((await page.locator('section.source').count()) >= 1)
    const text = await page.locator('main').innerText()
    assert.match(text, /✅/)
    assert.match(text, /公開日/)
  })

  await t.test('draws the timeline as an inline SVG with bars', async () => {
    const svg = page.locator('figure.timeline svg')
    assert.equal(await svg.count(), 1)
    assert.ok((await svg.locator('rect.bar').count()) >= 1)
    const box = await svg.boundingBox()
    assert.ok(box !== null && box.width > 100 && box.height > 20)
  })

  await t.test('renders Japanese glyphs, not empty boxes', async () => {
    const box = await page.locator('h1').boundingBox()
    assert.ok(box !== null && box.width > 0 && box.height > 0, 'the Japanese heading has a layout box')
    // Tofu boxes look alike for every character; a real font draws different kanji differently.
    const distinct = await page.evaluate(() => {
      const font = getComputedStyle(document.querySelector('h1') as Element).fontFamily
      const draw = (ch: string): string => {
        const canvas = document.createElement('canvas')
        canvas.width = 48
        canvas.height = 48
        const ctx = canvas.getContext('2d') as CanvasRenderingContext2D
        ctx.font = `40px ${font}`
        ctx.fillStyle = '#000'
        ctx.fillText(ch, 4, 40)
        return Array.from(ctx.getImageData(0, 0, 48, 48).data).join(',')
      }
      const glyphs = ['日', '本', '語', '台'].map(draw)
      return new Set(glyphs).size
    })
    assert.equal(distinct, 4, 'four different kanji must render as four different glyphs')
    const shot = await page.screenshot({ fullPage: false })
    const blank = await context.newPage()
    await blank.setViewportSize({ width: 1000, height: 900 })
    await blank.goto('about:blank')
    const empty = await blank.screenshot()
    await blank.close()
    assert.ok(shot.length > empty.length * 5, `screenshot (${shot.length} bytes) must not be blank (${empty.length} bytes)`)
  })

  await t.test('follows a cite to the highlighted sentence of its article', async () => {
    // a section heading is the source's own title (its cite links to the article's #title heading)
    const titleCite = page.locator('section.source a.cite[href$="#title"]').first()
    assert.equal(await titleCite.count(), 1)
    const cite = page.locator('section.source a.cite[href*="#s-"]').first()
    const href = await cite.getAttribute('href')
    assert.match(href ?? '', /^\/articles\/.+#s-\d+-\d+$/)
    await cite.click()
    await page.waitForURL(/\/articles\//)
    const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1))
    const target = page.locator(`[id="${anchor}"]`)
    assert.equal(await target.count(), 1)
    assert.match((await target.innerText()).trim(), /\S/)
  })

  await t.test('needs no script, breaks no CSP rule and does not shift its layout', async () => {
    await page.goto(`${server.url}/`)
    await page.locator('ul.stories a.headline').nth(1).click()
    await page.waitForURL(/\/stories\//)
    assert.equal(await page.evaluate(() => document.scripts.length), 0)
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value
          }).observe({ type: 'layout-shift', buffered: true })
          setTimeout(() => resolve(total), 300)
        }),
    )
    assert.ok(shift < 0.01, `cumulative layout shift ${shift}`)
    assert.deepEqual(consoleErrors.filter((m) => /Content Security Policy|Refused to/i.test(m)), [])
  })

  await t.test('keeps a source link to the original article in the story', async () => {
    // the story page is where the previous subtest left the browser
    const external = page.locator('section.source a[rel~="noopener"]')
    if ((await external.count()) > 0) assert.match((await external.first().getAttribute('href')) ?? '', /^https?:\/\//)
    const sourceList = page.locator('ol.source-list li a').first()
    assert.match((await sourceList.getAttribute('href')) ?? '', /^\/articles\//)
  })
})
