extension Templates {
    /// One item: where it stands, its decisions, its text when the role may read it, and its events.
    static let item = """
        <h1>Sak #{{id}}{{#reference}} · {{reference}}{{/reference}}</h1>
        <dl class="facts">
          <dt>Status</dt><dd>{{status}}</dd>
          <dt>Kanal</dt><dd>{{channel}}</dd>
          <dt>Mottatt</dt><dd>{{received}}</dd>
          {{#kind}}<dt>Type</dt><dd>{{kind}}</dd>{{/kind}}
          {{#area}}<dt>Tjenesteområde</dt><dd>{{area}}</dd>{{/area}}
          {{#destination}}<dt>Sendes til</dt><dd>{{destination}}</dd>{{/destination}}
          {{#sensitive}}<dt>Skjermet</dt><dd>Ja: sensitive personopplysninger</dd>{{/sensitive}}
          {{#caseOf}}<dt>Hører til</dt><dd><a href="/items/{{caseOf}}">sak #{{caseOf}}</a></dd>{{/caseOf}}
          {{#caseNumber}}<dt>Saksnummer</dt><dd>{{caseNumber}}</dd>{{/caseNumber}}
          {{#registryId}}<dt>Registrert som</dt><dd><code>{{registryId}}</code></dd>{{/registryId}}
        </dl>
        {{#hasAttachments}}<h2>Vedlegg</h2><ul>{{#attachments}}<li>{{.}}</li>{{/attachments}}</ul>{{/hasAttachments}}
        {{#mayRead}}{{#text}}<h2>Tekst</h2><pre class="text">{{text}}</pre>{{/text}}{{/mayRead}}
        {{^mayRead}}<p class="restricted">Teksten vises bare for arkivarer (formell eller sensitiv sak).</p>{{/mayRead}}
        {{#mayDownload}}<p><a href="/items/{{id}}/original" download>Last ned originalen</a></p>{{/mayDownload}}
        {{#hasEffects}}
        <h2>Utsendelser</h2>
        <table>
          <thead><tr><th scope="col">Mottaker</th><th scope="col">Status</th><th scope="col">Forsøk</th><th scope="col">Resultat</th><th scope="col"><span class="visually-hidden">Handling</span></th></tr></thead>
          <tbody>
          {{#effects}}<tr><td>{{effect}}</td><td>{{status}}</td><td>{{attempts}}{{#hasLog}}<details><summary>logg</summary><ul>{{#log}}<li>{{.}}</li>{{/log}}</ul></details>{{/hasLog}}</td><td>{{result}}</td>
          <td>{{#parked}}<form method="post" action="/outbox/{{id}}/retry"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">Prøv igjen</button></form>{{/parked}}</td></tr>{{/effects}}
          </tbody>
        </table>
        {{/hasEffects}}
        <h2>Hendelser</h2>
        <ol class="events">{{#events}}<li><time datetime="{{atISO}}">{{at}}</time> {{step}}: {{reason}}{{#actor}} <em>({{actor}})</em>{{/actor}}</li>{{/events}}</ol>
        """
}
