extension Templates {
    static let audit = """
        <h1>{{t.audit_title}}</h1>
        <table>
          <thead><tr><th scope="col">{{t.audit_time}}</th><th scope="col">{{t.audit_who}}</th><th scope="col">{{t.common_action}}</th><th scope="col">{{t.audit_target}}</th><th scope="col">{{t.audit_detail}}</th></tr></thead>
          <tbody>{{#events}}<tr><td><time datetime="{{atISO}}">{{at}}</time></td><td>{{actor}}</td><td>{{action}}</td><td>{{target}}</td><td>{{detail}}</td></tr>{{/events}}</tbody>
        </table>
        """
}
