#!/usr/bin/env node
// Entry point: Node >= 22.18 / 24 runs the TypeScript sources directly (erasable syntax only).
import('../src/cli/main.ts').then((m) => m.main(process.argv))
