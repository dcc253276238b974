extension Templates {
    /// Every page: a skip link, the menu for the role, who is signed in, and the page's content.
    static let layout = """
        <!doctype html>
        <html lang="nb">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} – Postmottak</title>
        <link rel="stylesheet" href="/static/workbench.css">
        <script src="/static/workbench.js" defer></script>
        </head>
        <body>
        <a class="skip" href="#main">Hopp til innholdet</a>
        <header class="top">
          <span class="brand">Postmottak</span>
          {{#user}}
          <nav aria-label="Hovedmeny"><ul>
            {{#nav}}<li><a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a></li>{{/nav}}
          </ul></nav>
          <form method="post" action="/logout" class="logout">
            <input type="hidden" name="csrf" value="{{csrf}}">
            <span class="who">{{name}} · {{role}}</span>
            <button type="submit">Logg ut</button>
          </form>
          {{/user}}
        </header>
        <main id="main" tabindex="-1">
        {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
        {{{content}}}
        </main>
        </body>
        </html>
        """
}
