extension Templates {
    /// Every page: a skip link, the menu for the role, who is signed in, the language switch,
    /// and the page's content.
    static let layout = """
        <!doctype html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} – Postmottak</title>
        <link rel="stylesheet" href="/static/workbench.css">
        <script src="/static/workbench.js" defer></script>
        </head>
        <body>
        <a class="skip" href="#main">{{t.layout_skip}}</a>
        <header class="top">
          <span class="brand">Postmottak</span>
          {{#user}}
          <nav aria-label="{{t.layout_main_menu}}"><ul>
            {{#nav}}<li><a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a></li>{{/nav}}
          </ul></nav>
          <form method="post" action="/logout" class="logout">
            <input type="hidden" name="csrf" value="{{csrf}}">
            <span class="who">{{name}} · {{role}}</span>
            <button type="submit">{{t.layout_sign_out}}</button>
          </form>
          {{/user}}
          <nav aria-label="{{t.layout_languages}}" class="languages"><ul>
            {{#languages}}<li><a href="{{href}}" lang="{{code}}" hreflang="{{code}}"{{#current}} aria-current="true"{{/current}}>{{name}}</a></li>{{/languages}}
          </ul></nav>
        </header>
        <main id="main" tabindex="-1">
        {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
        {{{content}}}
        </main>
        </body>
        </html>
        """
}
