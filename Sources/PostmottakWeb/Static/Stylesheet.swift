/// The workbench's one stylesheet: plain, high contrast, readable at 200 % zoom.
enum Stylesheet {
    static let css = """
        :root { --ink: #1b1b1b; --muted: #555; --line: #c8c8c8; --accent: #00509e; --flag: #8a4b00; --bg-flag: #fff4e0; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); }
        a { color: var(--accent); }
        a:focus, button:focus, input:focus, select:focus, textarea:focus { outline: 3px solid #ffbf47; outline-offset: 1px; }
        .skip { position: absolute; left: -999px; } .skip:focus { left: 8px; top: 8px; background: #fff; padding: 4px 8px; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
        header.top { display: flex; flex-wrap: wrap; align-items: center; gap: 16px; padding: 8px 16px; background: #0b2545; color: #fff; }
        header.top a { color: #fff; } header.top .brand { font-weight: 700; }
        header.top nav ul { display: flex; gap: 12px; list-style: none; margin: 0; padding: 0; }
        header.top a[aria-current="page"] { text-decoration: underline 3px; }
        header.top .logout { margin-left: auto; display: flex; gap: 8px; align-items: center; }
        header.top .languages { margin-left: auto; font-size: 0.9em; } header.top .logout + .languages { margin-left: 0; }
        header.top a[aria-current="true"] { font-weight: 700; text-decoration: none; }
        main { padding: 16px; max-width: 1400px; }
        table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
        caption { text-align: left; color: var(--muted); padding-bottom: 4px; }
        tr.access td:first-child { border-left: 4px solid #b00020; } tr.legal td:first-child { border-left: 4px solid var(--flag); }
        .flag { color: var(--flag); font-weight: 700; }
        .notice { background: #e6f4ea; border-left: 4px solid #1e7d32; padding: 8px 12px; }
        .error { background: #fdecea; border-left: 4px solid #b00020; padding: 8px 12px; }
        .columns { display: flex; flex-wrap: wrap; gap: 24px; } .columns > * { flex: 1 1 420px; min-width: 0; }
        pre.text, pre.headers { white-space: pre-wrap; word-break: break-word; background: #f6f6f6; padding: 12px; border: 1px solid var(--line); max-height: 70vh; overflow: auto; }
        .field { padding: 6px 8px; border-left: 4px solid transparent; } .field.flagged { border-left-color: var(--flag); background: var(--bg-flag); }
        .field label { display: block; font-weight: 600; } .field input, .field textarea, .field select { width: 100%; font: inherit; padding: 4px; }
        .crop { display: block; max-width: 100%; border: 1px solid var(--line); margin: 4px 0; image-rendering: auto; }
        figure.page { margin: 0; } figure.page .sheet { position: relative; display: inline-block; max-width: 100%; line-height: 0; }
        figure.page img { max-width: 100%; border: 1px solid var(--line); }
        /* The printed boxes where the reader found them: a tick green, a crossed-out box grey, an unsure one orange. */
        svg.marks { position: absolute; inset: 0; width: 100%; height: 100%; pointer-events: none; }
        svg.marks rect { fill: none; stroke-width: 3; } svg.marks rect.ticked { stroke: #00703c; fill: rgba(0, 112, 60, 0.18); }
        svg.marks rect.crossed { stroke: #505a5f; stroke-dasharray: 4 3; } svg.marks rect.unsure { stroke: #b35c00; stroke-width: 4; }
        ul.boxes { list-style: none; padding: 0; margin: 6px 0 0; } ul.boxes li { margin: 2px 0; }
        .swatch { display: inline-block; width: 0.9em; height: 0.9em; border: 3px solid; vertical-align: -0.1em; }
        .swatch.ticked { border-color: #00703c; background: rgba(0, 112, 60, 0.18); } .swatch.crossed { border-color: #505a5f; border-style: dashed; }
        .swatch.unsure { border-color: #b35c00; }
        .confidence { color: var(--muted); font-size: 0.9em; }
        button { font: inherit; padding: 6px 14px; } button.primary { background: var(--accent); color: #fff; border: 1px solid var(--accent); }
        form.login { max-width: 360px; } form.login input { width: 100%; font: inherit; padding: 6px; }
        dl.facts, dl.headers { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; } dt { font-weight: 600; }
        .actions { display: flex; flex-wrap: wrap; gap: 32px; } .actions textarea { width: 100%; min-width: 280px; }
        .restricted { color: var(--muted); font-style: italic; }
        """
}
