extension Templates {
    static let quarantineList = """
        <h1>Karantene</h1>
        <p>{{count}} satt til side med en grunn. Ingenting slettes: en forkastet sak beholder originalen, hendelsene og grunnen.</p>
        {{#hasItems}}
        <table>
          <thead><tr><th scope="col">Sak</th><th scope="col">Mottatt</th><th scope="col">Kilde</th><th scope="col">Grunn</th></tr></thead>
          <tbody>
          {{#items}}<tr><td><a href="/quarantine/{{id}}">#{{id}}</a></td><td><time datetime="{{receivedISO}}">{{received}}</time></td><td>{{source}}</td><td>{{reason}}</td></tr>{{/items}}
          </tbody>
        </table>
        {{/hasItems}}
        {{^hasItems}}<p class="empty">Karantenen er tom.</p>{{/hasItems}}
        """

    static let quarantineItem = """
        <h1>Karantene: sak #{{id}}</h1>
        <p class="why"><strong>Grunn:</strong> {{reason}}</p>
        <dl class="facts">
          <dt>Mottatt</dt><dd>{{received}}</dd>
          <dt>Kilde</dt><dd>{{source}}</dd>
          <dt>Størrelse</dt><dd>{{size}}</dd>
          <dt>SHA-256</dt><dd><code>{{sha}}</code></dd>
        </dl>
        {{#hasHeaders}}<h2>Hoder</h2><pre class="headers">{{headers}}</pre>{{/hasHeaders}}
        {{#mayDownload}}<p><a href="/items/{{id}}/original" download>Last ned originalen</a></p>{{/mayDownload}}
        <div class="actions">
        {{#complete}}
        <form method="post" action="/quarantine/{{id}}/release">
          <input type="hidden" name="csrf" value="{{csrf}}">
          <p>Når årsaken er rettet (konfigurasjon eller programvare), kan saken leses på nytt fra starten.</p>
          <button type="submit" class="primary">Behandle på nytt</button>
        </form>
        {{/complete}}
        {{^complete}}<p>Bare hodene ble tatt vare på (meldingen var for stor), så saken kan ikke leses på nytt.</p>{{/complete}}
        <form method="post" action="/quarantine/{{id}}/discard">
          <input type="hidden" name="csrf" value="{{csrf}}">
          <p><label for="discard-reason">Grunn til å forkaste (lagres med saken)</label>
          <textarea id="discard-reason" name="reason" rows="2" required></textarea></p>
          <button type="submit">Forkast</button>
        </form>
        </div>
        <h2>Hendelser</h2>
        <ol class="events">{{#events}}<li><time datetime="{{atISO}}">{{at}}</time> {{step}}: {{reason}}{{#actor}} <em>({{actor}})</em>{{/actor}}</li>{{/events}}</ol>
        """
}
