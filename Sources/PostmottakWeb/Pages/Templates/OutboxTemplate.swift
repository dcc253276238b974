extension Templates {
    static let outbox = """
        <h1>Utsendelser</h1>
        <p>{{pending}} venter, {{parked}} stoppet etter for mange forsøk eller en varig feil.</p>
        {{#hasParked}}
        <h2>Stoppet</h2>
        <table>
          <thead><tr><th scope="col">Sak</th><th scope="col">Mottaker</th><th scope="col">Forsøk</th><th scope="col">Siste feil</th><th scope="col"><span class="visually-hidden">Handling</span></th></tr></thead>
          <tbody>
          {{#parkedEntries}}
          <tr><td><a href="/items/{{item}}">#{{item}}</a></td><td>{{effect}}</td><td>{{attempts}}</td><td>{{error}}</td>
          <td><form method="post" action="/outbox/{{id}}/retry"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">Prøv igjen</button></form></td></tr>
          {{/parkedEntries}}
          </tbody>
        </table>
        {{/hasParked}}
        {{#hasPending}}
        <h2>Venter</h2>
        <table>
          <thead><tr><th scope="col">Sak</th><th scope="col">Mottaker</th><th scope="col">Forsøk</th><th scope="col">Neste forsøk</th><th scope="col">Siste feil</th></tr></thead>
          <tbody>{{#pendingEntries}}<tr><td><a href="/items/{{item}}">#{{item}}</a></td><td>{{effect}}</td><td>{{attempts}}</td><td>{{next}}</td><td>{{error}}</td></tr>{{/pendingEntries}}</tbody>
        </table>
        {{/hasPending}}
        """
}
