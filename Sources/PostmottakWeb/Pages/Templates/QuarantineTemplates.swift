extension Templates {
    static let quarantineList = """
        <h1>{{t.quarantine_title}}</h1>
        <p>{{summary}}</p>
        {{#hasItems}}
        <table>
          <thead><tr><th scope="col">{{t.common_item}}</th><th scope="col">{{t.common_received}}</th><th scope="col">{{t.quarantine_source}}</th><th scope="col">{{t.quarantine_reason}}</th></tr></thead>
          <tbody>
          {{#items}}<tr><td><a href="/quarantine/{{id}}">#{{id}}</a></td><td><time datetime="{{receivedISO}}">{{received}}</time></td><td>{{source}}</td><td>{{reason}}</td></tr>{{/items}}
          </tbody>
        </table>
        {{/hasItems}}
        {{^hasItems}}<p class="empty">{{t.quarantine_empty}}</p>{{/hasItems}}
        """

    static let quarantineItem = """
        <h1>{{heading}}</h1>
        <p class="why"><strong>{{t.quarantine_reason_label}}</strong> {{reason}}</p>
        <dl class="facts">
          <dt>{{t.common_received}}</dt><dd>{{received}}</dd>
          <dt>{{t.quarantine_source}}</dt><dd>{{source}}</dd>
          <dt>{{t.quarantine_size}}</dt><dd>{{size}}</dd>
          <dt>SHA-256</dt><dd><code>{{sha}}</code></dd>
        </dl>
        {{#hasHeaders}}<h2>{{t.quarantine_headers}}</h2><pre class="headers">{{headers}}</pre>{{/hasHeaders}}
        {{#mayDownload}}<p><a href="/items/{{id}}/original" download>{{t.common_download_original}}</a></p>{{/mayDownload}}
        <div class="actions">
        {{#complete}}
        <form method="post" action="/quarantine/{{id}}/release">
          <input type="hidden" name="csrf" value="{{csrf}}">
          <p>{{t.quarantine_release_hint}}</p>
          <button type="submit" class="primary">{{t.quarantine_release}}</button>
        </form>
        {{/complete}}
        {{^complete}}<p>{{t.quarantine_incomplete}}</p>{{/complete}}
        <form method="post" action="/quarantine/{{id}}/discard">
          <input type="hidden" name="csrf" value="{{csrf}}">
          <p><label for="discard-reason">{{t.quarantine_discard_reason}}</label>
          <textarea id="discard-reason" name="reason" rows="2" required></textarea></p>
          <button type="submit">{{t.quarantine_discard}}</button>
        </form>
        </div>
        <h2>{{t.common_events}}</h2>
        <ol class="events">{{#events}}<li><time datetime="{{atISO}}">{{at}}</time> {{step}}: {{reason}}{{#actor}} <em>({{actor}})</em>{{/actor}}</li>{{/events}}</ol>
        """
}
