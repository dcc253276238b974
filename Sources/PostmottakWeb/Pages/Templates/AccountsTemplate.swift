extension Templates {
    /// Accounts, for an administrator: who may sign in with which role; add one, disable one.
    static let accounts = """
        <h1>Brukere</h1>
        <table>
          <thead><tr><th scope="col">Brukernavn</th><th scope="col">Rolle</th><th scope="col">Status</th><th scope="col">Opprettet</th><th scope="col"><span class="visually-hidden">Handling</span></th></tr></thead>
          <tbody>
          {{#accounts}}<tr><td>{{name}}</td><td>{{role}}</td><td>{{status}}</td><td>{{created}}</td>
          <td>{{#active}}{{^self}}<form method="post" action="/admin/users/{{name}}/disable"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">Deaktiver</button></form>{{/self}}{{/active}}</td></tr>{{/accounts}}
          </tbody>
        </table>
        <h2>Ny bruker</h2>
        {{#failure}}<p class="error" role="alert" id="add-error">{{failure}}</p>{{/failure}}
        <form method="post" action="/admin/users" class="login">
          <input type="hidden" name="csrf" value="{{csrf}}">
          <p><label for="new-name">Brukernavn</label> <input id="new-name" name="name" required autocomplete="off"></p>
          <p><label for="new-role">Rolle</label> <select id="new-role" name="role">{{#roles}}<option value="{{value}}">{{label}}</option>{{/roles}}</select></p>
          <p><label for="new-password">Første passord (minst 12 tegn; gi det til personen på en trygg måte)</label>
          <input id="new-password" name="password" type="password" required autocomplete="new-password" minlength="12"></p>
          <p><button type="submit" class="primary">Legg til</button></p>
        </form>
        """
}
