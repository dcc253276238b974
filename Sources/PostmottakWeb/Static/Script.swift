/// The workbench's only script, small and optional: every page works without it.
enum Script {
    static let js = """
        // Review a card from the keyboard: Ctrl+Enter (or Cmd+Enter) approves from a text area too.
        document.addEventListener('keydown', function (event) {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            var form = event.target && event.target.form;
            if (form) { event.preventDefault(); form.requestSubmit(); }
          }
        });
        // A second click on a button that sends a form does nothing while the first is on its way.
        document.addEventListener('submit', function (event) {
          var buttons = event.target.querySelectorAll('button[type="submit"]');
          setTimeout(function () { buttons.forEach(function (b) { b.disabled = true; }); }, 0);
        });
        """
}
