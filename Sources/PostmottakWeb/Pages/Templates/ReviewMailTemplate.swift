extension Templates {
    /// A message in review: why, its text, what the machine proposes with its confidence and
    /// the words that decided, and the choices to correct before approving.
    static let reviewMail = """
        <h1>{{heading}}</h1>
        <p class="why"><strong>{{t.review_why_label}}</strong> {{why}}</p>
        {{#detail}}<details><summary>{{t.review_machine_reason}}</summary><p>{{detail}}</p></details>{{/detail}}
        <div class="columns">
        <section aria-labelledby="text-heading" class="message">
          <h2 id="text-heading">{{t.review_message}}</h2>
          <dl class="headers">
            <dt>{{t.review_from}}</dt><dd>{{from}}</dd>
            <dt>{{t.common_subject}}</dt><dd>{{subject}}</dd>
            <dt>{{t.common_received}}</dt><dd>{{received}}</dd>
          </dl>
          <pre class="text">{{text}}</pre>
          {{#hasAttachments}}<h3>{{t.common_attachments}}</h3><ul>{{#attachments}}<li>{{.}}</li>{{/attachments}}</ul>{{/hasAttachments}}
        </section>
        <section aria-labelledby="decision-heading" class="decision">
          <h2 id="decision-heading">{{t.review_proposal}}</h2>
          <form method="post" action="/review/{{id}}">
            <input type="hidden" name="csrf" value="{{csrf}}">
            <p><label for="kind">{{t.common_kind}}</label>
            <select id="kind" name="kind">{{#kinds}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/kinds}}</select>
            <span class="confidence">{{kindConfidence}}</span></p>
            <p><label for="formal_type">{{t.review_formal_type}}</label>
            <select id="formal_type" name="formal_type">{{#formalTypes}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/formalTypes}}</select></p>
            <p><label for="service_area">{{t.common_area}}</label>
            <select id="service_area" name="service_area">{{#areas}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/areas}}</select>
            <span class="confidence">{{areaConfidence}}</span></p>
            <fieldset><legend>{{t.review_sensitive}}</legend>
              <label><input type="radio" name="sensitive" value="true"{{#sensitive}} checked{{/sensitive}}> {{t.review_sensitive_yes}}</label>
              <label><input type="radio" name="sensitive" value="false"{{^sensitive}} checked{{/sensitive}}> {{t.common_no}}</label>
            </fieldset>
            <p><button type="submit" name="action" value="approve" class="primary">{{t.review_approve}}</button></p>
          </form>
          <h3>{{t.review_why_machine}}</h3>
          <ul class="explanation">{{#explanation}}<li>{{.}}</li>{{/explanation}}</ul>
        </section>
        </div>
        """
}
