extension Templates {
    static let outbox = """
        <h1>{{t.outbox_title}}</h1>
        <p>{{summary}}</p>
        {{#hasParked}}
        <h2>{{t.outbox_stopped}}</h2>
        <table>
          <thead><tr><th scope="col">{{t.common_item}}</th><th scope="col">{{t.outbox_recipient}}</th><th scope="col">{{t.outbox_attempts}}</th><th scope="col">{{t.outbox_last_error}}</th><th scope="col"><span class="visually-hidden">{{t.common_action}}</span></th></tr></thead>
          <tbody>
          {{#parkedEntries}}
          <tr><td><a href="/items/{{item}}">#{{item}}</a></td><td>{{effect}}</td><td>{{attempts}}</td><td>{{error}}</td>
          <td><form method="post" action="/outbox/{{id}}/retry"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">{{t.outbox_retry}}</button></form></td></tr>
          {{/parkedEntries}}
          </tbody>
        </table>
        {{/hasParked}}
        {{#hasPending}}
        <h2>{{t.outbox_waiting}}</h2>
        <table>
          <thead><tr><th scope="col">{{t.common_item}}</th><th scope="col">{{t.outbox_recipient}}</th><th scope="col">{{t.outbox_attempts}}</th><th scope="col">{{t.outbox_next_attempt}}</th><th scope="col">{{t.outbox_last_error}}</th></tr></thead>
          <tbody>{{#pendingEntries}}<tr><td><a href="/items/{{item}}">#{{item}}</a></td><td>{{effect}}</td><td>{{attempts}}</td><td>{{next}}</td><td>{{error}}</td></tr>{{/pendingEntries}}</tbody>
        </table>
        {{/hasPending}}
        """
}
