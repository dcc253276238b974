extension Templates {
    /// Find an item: by its number (written as people and OCR write it), or by sender, subject,
    /// kind, area, status, channel and dates received.
    static let search = """
        <h1>{{t.search_title}}</h1>
        <form method="get" action="/search" role="search" class="search">
          <p><label for="q">{{t.search_number}}</label>
          <input id="q" name="q" value="{{query}}" autofocus placeholder="FJV-2026-000123-4"></p>
          <fieldset><legend>{{t.search_narrow}}</legend>
            <p><label for="sender">{{t.common_sender}}</label> <input id="sender" name="sender" value="{{sender}}"></p>
            <p><label for="subject">{{t.common_subject}}</label> <input id="subject" name="subject" value="{{subject}}"></p>
            <p><label for="kind">{{t.common_kind}}</label> <select id="kind" name="kind">{{#kinds}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/kinds}}</select></p>
            <p><label for="area">{{t.common_area}}</label> <select id="area" name="area">{{#areas}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/areas}}</select></p>
            <p><label for="status">{{t.common_status}}</label> <select id="status" name="status">{{#statuses}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/statuses}}</select></p>
            <p><label for="channel">{{t.common_channel}}</label> <select id="channel" name="channel">{{#channels}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/channels}}</select></p>
            <p><label for="from">{{t.search_from}}</label> <input id="from" name="from" type="date" value="{{from}}">
            <label for="until">{{t.search_until}}</label> <input id="until" name="until" type="date" value="{{until}}"></p>
          </fieldset>
          <p><button type="submit">{{t.search_submit}}</button></p>
        </form>
        {{#searched}}
        {{^hasResults}}<p role="status">{{nothingFound}}</p>{{/hasResults}}
        {{#hasResults}}
        <table>
          <caption>{{resultsCaption}}</caption>
          <thead><tr><th scope="col">{{t.common_item}}</th><th scope="col">{{t.search_reference}}</th><th scope="col">{{t.common_received}}</th><th scope="col">{{t.common_status}}</th><th scope="col">{{t.common_kind}}</th><th scope="col">{{t.common_sender}}</th><th scope="col">{{t.common_subject}}</th></tr></thead>
          <tbody>
          {{#results}}<tr><td><a href="/items/{{id}}">#{{id}}</a></td><td>{{reference}}</td><td><time datetime="{{receivedISO}}">{{received}}</time></td><td>{{status}}</td><td>{{kind}}</td><td>{{sender}}</td><td>{{subject}}</td></tr>{{/results}}
          </tbody>
        </table>
        {{/hasResults}}
        {{/searched}}
        """
}
