extension Templates {
    /// One queue for cards and mail: access requests first, then suspected formal or sensitive
    /// items, then by age.
    static let reviewList = """
        <h1>Til kontroll</h1>
        <p>{{count}} venter på en person.{{#hidden}} {{hidden}} av dem er formelle eller sensitive og venter på en arkivar.{{/hidden}}</p>
        {{#hasItems}}
        <table class="queue">
          <caption>Eldste først innen hver gruppe; innsynskrav først (loven krever svar uten ugrunnet opphold).</caption>
          <thead><tr><th scope="col">Sak</th><th scope="col">Kanal</th><th scope="col">Mottatt</th><th scope="col">Hvorfor</th><th scope="col">Avsender</th><th scope="col">Emne</th></tr></thead>
          <tbody>
          {{#items}}
          <tr class="{{urgency}}">
            <td>{{#open}}<a href="/review/{{id}}">#{{id}}</a>{{/open}}{{^open}}#{{id}}{{/open}}</td>
            <td>{{channel}}</td>
            <td><time datetime="{{receivedISO}}">{{received}}</time></td>
            <td>{{#flag}}<strong class="flag">{{flag}}</strong> {{/flag}}{{why}}</td>
            <td>{{sender}}</td>
            <td>{{subject}}</td>
          </tr>
          {{/items}}
          </tbody>
        </table>
        {{/hasItems}}
        {{^hasItems}}<p class="empty">Ingenting venter. Bra jobbet!</p>{{/hasItems}}
        """
}
