extension Templates {
    /// Accounts, for an administrator: who may sign in with which role; add one, disable one.
    static let accounts = """
        <h1>{{t.accounts_title}}</h1>
        <table>
          <thead><tr><th scope="col">{{t.accounts_name}}</th><th scope="col">{{t.accounts_role}}</th><th scope="col">{{t.accounts_status}}</th><th scope="col">{{t.accounts_created}}</th><th scope="col"><span class="visually-hidden">{{t.common_action}}</span></th></tr></thead>
          <tbody>
          {{#accounts}}<tr><td>{{name}}</td><td>{{role}}</td><td>{{status}}</td><td>{{created}}</td>
          <td>{{#active}}{{^self}}<form method="post" action="/admin/users/{{name}}/disable"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">{{t.accounts_disable}}</button></form>{{/self}}{{/active}}</td></tr>{{/accounts}}
          </tbody>
        </table>
        <h2>{{t.accounts_new}}</h2>
        {{#failure}}<p class="error" role="alert" id="add-error">{{failure}}</p>{{/failure}}
        <form method="post" action="/admin/users" class="login">
          <input type="hidden" name="csrf" value="{{csrf}}">
          <p><label for="new-name">{{t.accounts_name}}</label> <input id="new-name" name="name" required autocomplete="off"></p>
          <p><label for="new-role">{{t.accounts_role}}</label> <select id="new-role" name="role">{{#roles}}<option value="{{value}}">{{label}}</option>{{/roles}}</select></p>
          <p><label for="new-password">{{t.accounts_first_password}}</label>
          <input id="new-password" name="password" type="password" required autocomplete="new-password" minlength="12"></p>
          <p><button type="submit" class="primary">{{t.accounts_add}}</button></p>
        </form>
        """
}
