extension Templates {
    /// One queue for cards and mail: access requests first, then suspected formal or sensitive
    /// items, then by age.
    static let reviewList = """
        <h1>{{t.review_title}}</h1>
        <p>{{summary}}</p>
        {{#hasItems}}
        <table class="queue">
          <caption>{{t.review_order}}</caption>
          <thead><tr><th scope="col">{{t.common_item}}</th><th scope="col">{{t.common_channel}}</th><th scope="col">{{t.common_received}}</th><th scope="col">{{t.review_why}}</th><th scope="col">{{t.common_sender}}</th><th scope="col">{{t.common_subject}}</th></tr></thead>
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
        {{^hasItems}}<p class="empty">{{t.review_empty}}</p>{{/hasItems}}
        """
}
