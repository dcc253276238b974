extension Templates {
    /// Find an item: by its number (written as people and OCR write it), or by sender, subject,
    /// kind, area, status, channel and dates received.
    static let search = """
        <h1>Søk</h1>
        <form method="get" action="/search" role="search" class="search">
          <p><label for="q">Referansenummer eller saksnummer i Postmottak</label>
          <input id="q" name="q" value="{{query}}" autofocus placeholder="FJV-2026-000123-4"></p>
          <fieldset><legend>Eller avgrens</legend>
            <p><label for="sender">Avsender</label> <input id="sender" name="sender" value="{{sender}}"></p>
            <p><label for="subject">Emne</label> <input id="subject" name="subject" value="{{subject}}"></p>
            <p><label for="kind">Type</label> <select id="kind" name="kind">{{#kinds}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/kinds}}</select></p>
            <p><label for="area">Tjenesteområde</label> <select id="area" name="area">{{#areas}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/areas}}</select></p>
            <p><label for="status">Status</label> <select id="status" name="status">{{#statuses}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/statuses}}</select></p>
            <p><label for="channel">Kanal</label> <select id="channel" name="channel">{{#channels}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/channels}}</select></p>
            <p><label for="from">Mottatt fra</label> <input id="from" name="from" type="date" value="{{from}}">
            <label for="until">til og med</label> <input id="until" name="until" type="date" value="{{until}}"></p>
          </fieldset>
          <p><button type="submit">Søk</button></p>
        </form>
        {{#searched}}
        {{^hasResults}}<p role="status">Fant ingen sak{{#query}} for «{{query}}»{{/query}}.</p>{{/hasResults}}
        {{#hasResults}}
        <table>
          <caption>{{count}} saker, nyeste først</caption>
          <thead><tr><th scope="col">Sak</th><th scope="col">Nummer</th><th scope="col">Mottatt</th><th scope="col">Status</th><th scope="col">Type</th><th scope="col">Avsender</th><th scope="col">Emne</th></tr></thead>
          <tbody>
          {{#results}}<tr><td><a href="/items/{{id}}">#{{id}}</a></td><td>{{reference}}</td><td><time datetime="{{receivedISO}}">{{received}}</time></td><td>{{status}}</td><td>{{kind}}</td><td>{{sender}}</td><td>{{subject}}</td></tr>{{/results}}
          </tbody>
        </table>
        {{/hasResults}}
        {{/searched}}
        """
}
