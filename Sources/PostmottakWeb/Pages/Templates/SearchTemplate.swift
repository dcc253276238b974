extension Templates {
    static let search = """
        <h1>Søk</h1>
        <form method="get" action="/search" role="search">
          <p><label for="q">Referansenummer eller saksnummer i Postmottak</label>
          <input id="q" name="q" value="{{query}}" autofocus placeholder="FJV-2026-000123">
          <button type="submit">Søk</button></p>
        </form>
        {{#searched}}{{^found}}<p role="status">Fant ingen sak for «{{query}}».</p>{{/found}}{{/searched}}
        """
}
