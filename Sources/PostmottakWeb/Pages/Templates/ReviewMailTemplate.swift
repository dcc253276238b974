extension Templates {
    /// A message in review: why, its text, what the machine proposes with its confidence and
    /// the words that decided, and the choices to correct before approving.
    static let reviewMail = """
        <h1>Kontroller e-post #{{id}}</h1>
        <p class="why"><strong>Hvorfor:</strong> {{why}}</p>
        {{#detail}}<details><summary>Maskinens begrunnelse</summary><p>{{detail}}</p></details>{{/detail}}
        <div class="columns">
        <section aria-labelledby="text-heading" class="message">
          <h2 id="text-heading">Meldingen</h2>
          <dl class="headers">
            <dt>Fra</dt><dd>{{from}}</dd>
            <dt>Emne</dt><dd>{{subject}}</dd>
            <dt>Mottatt</dt><dd>{{received}}</dd>
          </dl>
          <pre class="text">{{text}}</pre>
          {{#hasAttachments}}<h3>Vedlegg</h3><ul>{{#attachments}}<li>{{.}}</li>{{/attachments}}</ul>{{/hasAttachments}}
        </section>
        <section aria-labelledby="decision-heading" class="decision">
          <h2 id="decision-heading">Forslag</h2>
          <form method="post" action="/review/{{id}}">
            <input type="hidden" name="csrf" value="{{csrf}}">
            <p><label for="kind">Type</label>
            <select id="kind" name="kind">{{#kinds}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/kinds}}</select>
            <span class="confidence">{{kindConfidence}}</span></p>
            <p><label for="formal_type">Formell type</label>
            <select id="formal_type" name="formal_type">{{#formalTypes}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/formalTypes}}</select></p>
            <p><label for="service_area">Tjenesteområde</label>
            <select id="service_area" name="service_area">{{#areas}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/areas}}</select>
            <span class="confidence">{{areaConfidence}}</span></p>
            <fieldset><legend>Sensitive personopplysninger</legend>
              <label><input type="radio" name="sensitive" value="true"{{#sensitive}} checked{{/sensitive}}> Ja, skjermes</label>
              <label><input type="radio" name="sensitive" value="false"{{^sensitive}} checked{{/sensitive}}> Nei</label>
            </fieldset>
            <p><button type="submit" name="action" value="approve" class="primary">Godkjenn</button></p>
          </form>
          <h3>Hvorfor maskinen foreslår dette</h3>
          <ul class="explanation">{{#explanation}}<li>{{.}}</li>{{/explanation}}</ul>
        </section>
        </div>
        """
}
