// Runs before the page paints (a classic script at the top of <body>), so components that
// JavaScript enhances do not flash their no-JavaScript layout. An inline script would need a
// CSP nonce; a file needs nothing.
document.body.className +=
  ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '')
