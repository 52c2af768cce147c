/* Terreau in the block editor, without a build step: the two blocks (rendered by the server) and
 * the warning shown when WordPress stripped part of a pasted embed. */
(function (wp) {
  var el = wp.element.createElement;
  var InspectorControls = wp.blockEditor.InspectorControls;
  var useBlockProps = wp.blockEditor.useBlockProps;
  var PanelBody = wp.components.PanelBody;
  var TextControl = wp.components.TextControl;
  var Placeholder = wp.components.Placeholder;
  var en = /^en/.test(document.documentElement.lang || '');
  var elements = window.terreauElements || {};

  function camel(name) {
    return name.replace(/-([a-z])/g, function (_, c) { return c.toUpperCase(); });
  }

  function edit(tag, title) {
    return function (props) {
      var names = (elements[tag] || []).concat(['lang', 'theme']);
      var summary = names
        .filter(function (n) { return props.attributes[camel(n)]; })
        .map(function (n) { return n + '="' + props.attributes[camel(n)] + '"'; })
        .join(' ');
      return el(
        'div',
        useBlockProps(),
        el(
          InspectorControls,
          null,
          el(
            PanelBody,
            { title: en ? 'Attributes' : 'Attributs' },
            names.map(function (n) {
              return el(TextControl, {
                key: n,
                label: n,
                value: props.attributes[camel(n)] || '',
                onChange: function (v) { var a = {}; a[camel(n)] = v; props.setAttributes(a); },
              });
            }),
          ),
        ),
        el(Placeholder, { label: title, instructions: '<' + tag + (summary ? ' ' + summary : '') + '>' }),
      );
    };
  }

  wp.blocks.registerBlockType('terreau/carte', {
    title: en ? 'Terreau: ESS map' : 'Terreau : carte ESS',
    icon: 'location-alt',
    category: 'widgets',
    edit: edit('ess-map', en ? 'Terreau: ESS map' : 'Terreau : carte ESS'),
    save: function () { return null; },
  });
  wp.blocks.registerBlockType('terreau/conseiller', {
    title: en ? 'Terreau: ESS advisor' : 'Terreau : conseiller ESS',
    icon: 'lightbulb',
    category: 'widgets',
    edit: edit('ess-lever-advisor', en ? 'Terreau: ESS advisor' : 'Terreau : conseiller ESS'),
    save: function () { return null; },
  });

  // The server says what KSES removed at the last save (REST field terreau_stripped): show it.
  var shown = null;
  wp.data.subscribe(function () {
    var editor = wp.data.select('core/editor');
    var post = editor && editor.getCurrentPost && editor.getCurrentPost();
    var stripped = post && post.terreau_stripped;
    var key = stripped ? stripped.message : null;
    if (key === shown) return;
    shown = key;
    var notices = wp.data.dispatch('core/notices');
    notices.removeNotice('terreau-stripped');
    if (stripped) notices.createWarningNotice(stripped.message, { id: 'terreau-stripped', isDismissible: true });
  });
})(window.wp);
