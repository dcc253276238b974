extension Templates {
    /// One item: where it stands, its decisions, its text when the role may read it, and its events.
    static let item = """
        <h1>{{heading}}{{#reference}} · {{reference}}{{/reference}}</h1>
        <dl class="facts">
          <dt>{{t.common_status}}</dt><dd>{{status}}</dd>
          <dt>{{t.common_channel}}</dt><dd>{{channel}}</dd>
          <dt>{{t.common_received}}</dt><dd>{{received}}</dd>
          {{#kind}}<dt>{{t.common_kind}}</dt><dd>{{kind}}</dd>{{/kind}}
          {{#area}}<dt>{{t.common_area}}</dt><dd>{{area}}</dd>{{/area}}
          {{#destination}}<dt>{{t.item_destination}}</dt><dd>{{destination}}</dd>{{/destination}}
          {{#sensitive}}<dt>{{t.item_restricted}}</dt><dd>{{t.item_restricted_yes}}</dd>{{/sensitive}}
          {{#caseOf}}<dt>{{t.item_belongs_to}}</dt><dd><a href="/items/{{caseOf}}">{{caseOfLabel}}</a></dd>{{/caseOf}}
          {{#caseNumber}}<dt>{{t.item_case_number}}</dt><dd>{{caseNumber}}</dd>{{/caseNumber}}
          {{#registryId}}<dt>{{t.item_registered_as}}</dt><dd><code>{{registryId}}</code></dd>{{/registryId}}
        </dl>
        {{#hasAttachments}}<h2>{{t.common_attachments}}</h2><ul>{{#attachments}}<li>{{.}}</li>{{/attachments}}</ul>{{/hasAttachments}}
        {{#mayRead}}{{#text}}<h2>{{t.item_text}}</h2><pre class="text">{{text}}</pre>{{/text}}{{/mayRead}}
        {{^mayRead}}<p class="restricted">{{t.item_text_for_archivists}}</p>{{/mayRead}}
        {{#mayDownload}}<p><a href="/items/{{id}}/original" download>{{t.common_download_original}}</a></p>{{/mayDownload}}
        {{#hasEffects}}
        <h2>{{t.outbox_title}}</h2>
        <table>
          <thead><tr><th scope="col">{{t.outbox_recipient}}</th><th scope="col">{{t.common_status}}</th><th scope="col">{{t.outbox_attempts}}</th><th scope="col">{{t.outbox_result}}</th><th scope="col"><span class="visually-hidden">{{t.common_action}}</span></th></tr></thead>
          <tbody>
          {{#effects}}<tr><td>{{effect}}</td><td>{{status}}</td><td>{{attempts}}{{#hasLog}}<details><summary>{{t.outbox_log}}</summary><ul>{{#log}}<li>{{.}}</li>{{/log}}</ul></details>{{/hasLog}}</td><td>{{result}}</td>
          <td>{{#parked}}<form method="post" action="/outbox/{{id}}/retry"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">{{t.outbox_retry}}</button></form>{{/parked}}</td></tr>{{/effects}}
          </tbody>
        </table>
        {{/hasEffects}}
        <h2>{{t.common_events}}</h2>
        <ol class="events">{{#events}}<li><time datetime="{{atISO}}">{{at}}</time> {{step}}: {{reason}}{{#actor}} <em>({{actor}})</em>{{/actor}}</li>{{/events}}</ol>
        """
}
