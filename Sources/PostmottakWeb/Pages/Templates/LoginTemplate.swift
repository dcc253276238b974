extension Templates {
    /// Sign-in: name and password, a token against forged sign-ins, and where to go afterwards;
    /// or, where configured, the municipality's identity provider.
    static let login = """
        <h1>{{t.login_title}}</h1>
        {{#failure}}<p class="error" role="alert" id="login-error">{{failure}}</p>{{/failure}}
        <form method="post" action="/login" class="login">
          <input type="hidden" name="csrf" value="{{csrf}}">
          <input type="hidden" name="next" value="{{next}}">
          <p><label for="name">{{t.login_name}}</label>
          <input id="name" name="name" autocomplete="username" required autofocus value="{{name}}"{{#failure}} aria-describedby="login-error"{{/failure}}></p>
          <p><label for="password">{{t.login_password}}</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required></p>
          <p><button type="submit">{{t.login_submit}}</button></p>
        </form>
        {{#openid}}<p class="openid"><a class="button" href="{{href}}">{{label}}</a></p>{{/openid}}
        """
}
