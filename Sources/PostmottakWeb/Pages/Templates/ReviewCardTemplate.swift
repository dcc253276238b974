extension Templates {
    /// A card in review, keyboard first: each field's value beside its crop, the flagged ones
    /// marked and the first of them focused; Tab goes to the next, Enter approves.
    static let reviewCard = """
        <h1>{{heading}}</h1>
        <p class="why"><strong>{{t.review_why_label}}</strong> {{why}}</p>
        {{#detail}}<details><summary>{{t.review_machine_reason}}</summary><p>{{detail}}</p></details>{{/detail}}
        <div class="columns">
        {{#page}}<figure class="page">
          <div class="sheet"><img src="/review/{{id}}/page" alt="{{t.review_scanned_card}}">
          {{#hasBoxes}}<svg class="marks" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true" focusable="false">{{#boxes}}<rect class="{{mark}}" x="{{x}}" y="{{y}}" width="{{width}}" height="{{height}}" vector-effect="non-scaling-stroke"/>{{/boxes}}</svg>{{/hasBoxes}}</div>
          <figcaption>{{t.review_scanned_page}}
          {{#hasBoxes}}<ul class="boxes">{{#boxes}}<li><span class="swatch {{mark}}" aria-hidden="true"></span> {{markLabel}}: {{label}}</li>{{/boxes}}</ul>{{/hasBoxes}}
          </figcaption></figure>{{/page}}
        <form method="post" action="/review/{{id}}" class="card-fields">
          <input type="hidden" name="csrf" value="{{csrf}}">
          <p class="hint">{{t.review_hint_before}} <span class="flag">{{t.review_check}}</span> {{t.review_hint_after}}</p>
          {{#fields}}
          <div class="field{{#flagged}} flagged{{/flagged}}">
            <label for="f-{{name}}">{{label}}{{#flagged}} <span class="flag">{{t.review_check}}</span>{{/flagged}}</label>
            {{#crop}}<img class="crop" src="/review/{{id}}/crop/{{name}}" alt="{{cropAlt}}">{{/crop}}
            {{#multiline}}<textarea id="f-{{name}}" name="field.{{name}}" rows="4"{{#first}} autofocus{{/first}}>{{value}}</textarea>{{/multiline}}
            {{#line}}<input id="f-{{name}}" name="field.{{name}}" value="{{value}}"{{#first}} autofocus{{/first}}>{{/line}}
            {{#choice}}<select id="f-{{name}}" name="field.{{name}}"{{#first}} autofocus{{/first}}>{{#options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/options}}</select>{{/choice}}
            <span class="confidence">{{confidence}}{{#reason}} · {{reason}}{{/reason}}</span>
          </div>
          {{/fields}}
          <p><button type="submit" name="action" value="approve" class="primary">{{t.review_approve}}</button></p>
        </form>
        </div>
        """
}
