<?php
/**
 * Plugin Name:       Terreau — carte et conseiller ESS
 * Plugin URI:        https://github.com/terreau/terreau
 * Description:       Les widgets Terreau (<ess-map>, <ess-lever-advisor>) en bloc et en shortcode, utilisables par les éditeurs et les administrateurs de site d'un multisite. The Terreau widgets as a block and shortcodes, usable by editors and multisite site admins.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       terreau
 * Network:           true
 *
 * PHP kept to what WordPress needs: the widgets are the built ES module shipped beside this file.
 */

defined( 'ABSPATH' ) || exit;

define( 'TERREAU_VERSION', '0.1.0' );
define( 'TERREAU_OPTION', 'terreau_defaults' );

/**
 * The two tags and the attributes each one accepts, read from elements.json, which the build
 * derives from the elements' custom-elements.json (one home for the attribute list).
 *
 * @return array<string, string[]> tag => attribute names.
 */
function terreau_elements() {
	static $elements = null;
	if ( null === $elements ) {
		$json     = file_get_contents( __DIR__ . '/elements.json' );
		$elements = $json ? json_decode( $json, true ) : null;
		if ( ! is_array( $elements ) ) {
			$elements = array( 'ess-map' => array(), 'ess-lever-advisor' => array() );
		}
	}
	return $elements;
}

/** The attributes that hold a URL. */
function terreau_url_attributes() {
	return array( 'src', 'tiles', 'geo-api', 'boundaries', 'basemap' );
}

/**
 * A URL an attribute may hold: http(s), protocol-relative or relative; anything else (javascript:,
 * data:…) becomes ''. Not esc_url(): it would drop the braces of a tiles template ({z}/{x}/{y}).
 */
function terreau_clean_url( $url ) {
	$url = trim( (string) $url );
	if ( '' === $url || 'none' === $url ) {
		return $url;
	}
	if ( preg_match( '/[\x00-\x20"<>\\`]/', $url ) ) {
		return '';
	}
	return preg_match( '#^(https?:)?//#i', $url ) || ! preg_match( '#^[^/?\#]*:#', $url ) ? $url : '';
}

/** Attributes every Terreau tag may carry besides its own. */
function terreau_global_attributes() {
	return array( 'id', 'class', 'lang', 'theme', 'title', 'aria-label' );
}

/** The site's defaults (settings page), with the language resolved: 'auto' follows the site's locale. */
function terreau_defaults() {
	$saved    = get_option( TERREAU_OPTION, array() );
	$defaults = wp_parse_args( is_array( $saved ) ? $saved : array(), array( 'src' => '', 'tiles' => '', 'tiles-attribution' => '', 'geo-api' => '', 'lang' => 'auto' ) );
	if ( 'auto' === $defaults['lang'] ) {
		$defaults['lang'] = 0 === strpos( get_locale(), 'en' ) ? 'en' : 'fr';
	}
	return $defaults;
}

/* ---------- The module: script modules API (WordPress ≥ 6.5), else a type="module" script. ---------- */

function terreau_module_url() {
	return plugins_url( 'terreau-elements.js', __FILE__ );
}

/** Loads the module once on the page; called whenever a Terreau tag is output. */
function terreau_enqueue_module() {
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'terreau-elements', terreau_module_url(), array(), TERREAU_VERSION );
		return;
	}
	wp_enqueue_script( 'terreau-elements', terreau_module_url(), array(), TERREAU_VERSION, true );
}

/** WordPress < 6.5 prints a classic script: make ours a module. */
function terreau_module_tag( $tag, $handle ) {
	if ( 'terreau-elements' !== $handle || false !== strpos( $tag, 'type="module"' ) ) {
		return $tag;
	}
	return preg_replace( '/<script(?: type=([\'"])text\/javascript\1)?/', '<script type="module"', $tag, 1 );
}
add_filter( 'script_loader_tag', 'terreau_module_tag', 10, 2 );

/** Tags pasted as HTML (Custom HTML block, classic editor): load the module for them too. */
function terreau_content_needs_module( $content ) {
	if ( is_string( $content ) && preg_match( '/<(ess-map|ess-lever-advisor)\b/i', $content ) ) {
		terreau_enqueue_module();
	}
	return $content;
}
add_filter( 'the_content', 'terreau_content_needs_module', 999 );
add_filter( 'widget_text_content', 'terreau_content_needs_module', 999 );
add_filter( 'widget_block_content', 'terreau_content_needs_module', 999 );

/* ---------- Shortcodes and blocks: one renderer. ---------- */

/**
 * The HTML of one Terreau tag from user-given attributes: only the tag's own attribute names are
 * kept (given as `decision-maker` or `decision_maker`), every value escaped; the site's defaults
 * fill what is not given. A bare word (`[terreau_carte hash-state]`) is a boolean attribute.
 */
function terreau_render_tag( $tag, $given ) {
	$elements = terreau_elements();
	$allowed  = array_merge( $elements[ $tag ] ?? array(), terreau_global_attributes() );
	$attrs    = array();
	foreach ( (array) $given as $name => $value ) {
		if ( is_int( $name ) ) {
			$name  = (string) $value;
			$value = '';
		}
		$name = str_replace( '_', '-', strtolower( (string) $name ) );
		if ( in_array( $name, $allowed, true ) && ( is_scalar( $value ) || null === $value ) ) {
			$attrs[ $name ] = (string) $value;
		}
	}
	$defaults = terreau_defaults();
	foreach ( array( 'src', 'tiles', 'tiles-attribution', 'geo-api', 'lang' ) as $name ) {
		if ( ! isset( $attrs[ $name ] ) && '' !== $defaults[ $name ] && in_array( $name, $allowed, true ) ) {
			$attrs[ $name ] = $defaults[ $name ];
		}
	}
	$html = '<' . $tag;
	foreach ( $attrs as $name => $value ) {
		if ( in_array( $name, terreau_url_attributes(), true ) ) {
			$value = terreau_clean_url( $value );
			if ( '' === $value ) {
				continue;
			}
		}
		$html .= '' === $value && 'hash-state' === $name ? ' ' . $name : ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	terreau_enqueue_module();
	return $html . '></' . $tag . '>';
}

function terreau_shortcode_carte( $atts ) {
	return terreau_render_tag( 'ess-map', $atts );
}
function terreau_shortcode_conseiller( $atts ) {
	return terreau_render_tag( 'ess-lever-advisor', $atts );
}
add_shortcode( 'terreau_carte', 'terreau_shortcode_carte' );
add_shortcode( 'terreau_conseiller', 'terreau_shortcode_conseiller' );

/** Block attributes are camelCase strings (`decisionMaker`); the tag's are kebab-case. */
function terreau_block_attributes( $attributes ) {
	$out = array();
	foreach ( (array) $attributes as $name => $value ) {
		if ( '' !== $value && null !== $value ) {
			$out[ strtolower( preg_replace( '/([a-z])([A-Z])/', '$1-$2', (string) $name ) ) ] = $value;
		}
	}
	return $out;
}

function terreau_register_blocks() {
	wp_register_script( 'terreau-editor', plugins_url( 'editor.js', __FILE__ ), array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-data', 'wp-i18n' ), TERREAU_VERSION, true );
	wp_add_inline_script( 'terreau-editor', 'window.terreauElements = ' . wp_json_encode( terreau_elements() ) . ';', 'before' );
	foreach ( array( 'carte' => 'ess-map', 'conseiller' => 'ess-lever-advisor' ) as $block => $tag ) {
		$attributes = array();
		foreach ( array_merge( terreau_elements()[ $tag ] ?? array(), array( 'lang', 'theme' ) ) as $name ) {
			$attributes[ lcfirst( str_replace( ' ', '', ucwords( str_replace( '-', ' ', $name ) ) ) ) ] = array( 'type' => 'string', 'default' => '' );
		}
		register_block_type(
			'terreau/' . $block,
			array(
				'api_version'     => 2,
				'title'           => 'carte' === $block ? 'Terreau : carte ESS' : 'Terreau : conseiller ESS',
				'category'        => 'widgets',
				'attributes'      => $attributes,
				'editor_script'   => 'terreau-editor',
				'render_callback' => function ( $attrs ) use ( $tag ) {
					return terreau_render_tag( $tag, terreau_block_attributes( $attrs ) );
				},
			)
		);
	}
}
add_action( 'init', 'terreau_register_blocks' );

/* ---------- KSES: the two tags survive for every role that may publish. ---------- */

function terreau_allowed_html( $tags, $context ) {
	if ( 'post' !== $context || ! is_array( $tags ) ) {
		return $tags;
	}
	foreach ( terreau_elements() as $tag => $names ) {
		$tags[ $tag ] = array_fill_keys( array_merge( $names, terreau_global_attributes() ), true );
	}
	return $tags;
}
add_filter( 'wp_kses_allowed_html', 'terreau_allowed_html', 10, 2 );

/* ---------- A stripped embed is detected and said. ---------- */

/** The Terreau pieces of some HTML: its <script> tags and Terreau tags with their attributes. */
function terreau_embed_pieces( $html ) {
	preg_match_all( '/<script\b[^>]*>|<(?:ess-map|ess-lever-advisor)\b[^>]*>/i', (string) $html, $m );
	return array_map( 'strtolower', array_map( 'trim', $m[0] ) );
}

/**
 * Runs after KSES: compares what the author sent with what WordPress kept. When a Terreau embed lost
 * a piece (the <script> line, inline data, an attribute), what was removed is kept for the editor.
 */
function terreau_compare_saved( $data, $postarr, $unsanitized = array() ) {
	global $terreau_stripped;
	$raw               = wp_unslash( $unsanitized['post_content'] ?? $postarr['post_content'] ?? '' );
	$kept              = wp_unslash( $data['post_content'] ?? '' );
	$terreau_stripped  = null;
	if ( ! preg_match( '/<(ess-map|ess-lever-advisor)\b|terreau-elements\.js/i', $raw ) ) {
		return $data;
	}
	$removed = array_values( array_diff( terreau_embed_pieces( $raw ), terreau_embed_pieces( $kept ) ) );
	$terreau_stripped = $removed ? $removed : array();
	return $data;
}
add_filter( 'wp_insert_post_data', 'terreau_compare_saved', 99, 3 );

function terreau_record_stripped( $post_id ) {
	global $terreau_stripped;
	if ( null === $terreau_stripped || wp_is_post_revision( $post_id ) ) {
		return;
	}
	if ( $terreau_stripped ) {
		update_post_meta( $post_id, '_terreau_stripped', wp_slash( wp_json_encode( $terreau_stripped ) ) );
	} else {
		delete_post_meta( $post_id, '_terreau_stripped' );
	}
	$terreau_stripped = null;
}
add_action( 'save_post', 'terreau_record_stripped' );

/** What was removed at the last save, or []. */
function terreau_stripped_of( $post_id ) {
	$removed = json_decode( (string) get_post_meta( $post_id, '_terreau_stripped', true ), true );
	return is_array( $removed ) ? $removed : array();
}

/** The warning, in the editor's language: what was removed and the way round it. */
function terreau_stripped_message( $removed ) {
	$only_loader = ! array_filter(
		$removed,
		function ( $piece ) {
			return false === strpos( $piece, 'terreau-elements.js' ) && false === strpos( $piece, 'ess-map.js' ) && false === strpos( $piece, 'ess-lever-advisor.js' );
		}
	);
	$en = 0 === strpos( get_user_locale(), 'en' );
	if ( $only_loader ) {
		return $en
			? 'Terreau: WordPress removed the <script> line of the embed (your role cannot publish raw HTML). The Terreau plugin loads the widgets itself: the tags that remain still work.'
			: 'Terreau : WordPress a retiré la ligne <script> du code collé (votre rôle ne peut pas publier de HTML brut). L’extension Terreau charge elle-même les widgets : les balises restantes fonctionnent.';
	}
	return $en
		? 'Terreau: WordPress removed part of the embed (' . implode( ' ', $removed ) . ') because your role cannot publish raw HTML. Use the “Terreau” block or the [terreau_carte] / [terreau_conseiller] shortcodes, and a data URL (src) instead of inline data.'
		: 'Terreau : WordPress a retiré une partie du code collé (' . implode( ' ', $removed ) . ') car votre rôle ne peut pas publier de HTML brut. Utilisez le bloc « Terreau » ou les shortcodes [terreau_carte] / [terreau_conseiller], et une adresse de données (src) plutôt que des données en ligne.';
}

function terreau_register_rest_field() {
	register_rest_field(
		array( 'post', 'page' ),
		'terreau_stripped',
		array(
			'get_callback' => function ( $post ) {
				$removed = terreau_stripped_of( $post['id'] );
				return $removed ? array( 'removed' => $removed, 'message' => terreau_stripped_message( $removed ) ) : null;
			},
			'schema'       => array( 'type' => array( 'object', 'null' ), 'context' => array( 'edit' ), 'readonly' => true ),
		)
	);
}
add_action( 'rest_api_init', 'terreau_register_rest_field' );

/** Classic editor: the same warning as an admin notice. */
function terreau_admin_notice() {
	$screen = get_current_screen();
	$post   = get_post();
	if ( ! $screen || 'post' !== $screen->base || ! $post || ( function_exists( 'use_block_editor_for_post' ) && use_block_editor_for_post( $post ) ) ) {
		return;
	}
	$removed = terreau_stripped_of( $post->ID );
	if ( $removed ) {
		echo '<div class="notice notice-warning"><p>' . esc_html( terreau_stripped_message( $removed ) ) . '</p></div>';
	}
}
add_action( 'admin_notices', 'terreau_admin_notice' );

/* ---------- Settings: the site's defaults. ---------- */

function terreau_sanitize_defaults( $input ) {
	$input = is_array( $input ) ? $input : array();
	$out   = array();
	foreach ( array( 'src', 'tiles', 'geo-api' ) as $name ) {
		$out[ $name ] = isset( $input[ $name ] ) ? terreau_clean_url( $input[ $name ] ) : '';
	}
	$out['tiles-attribution'] = isset( $input['tiles-attribution'] ) ? sanitize_text_field( (string) $input['tiles-attribution'] ) : '';
	$out['lang']              = isset( $input['lang'] ) && in_array( $input['lang'], array( 'auto', 'fr', 'en' ), true ) ? $input['lang'] : 'auto';
	return $out;
}

function terreau_settings_init() {
	register_setting( 'terreau', TERREAU_OPTION, array( 'type' => 'object', 'sanitize_callback' => 'terreau_sanitize_defaults', 'default' => array() ) );
}
add_action( 'admin_init', 'terreau_settings_init' );

function terreau_settings_menu() {
	add_options_page( 'Terreau', 'Terreau', 'manage_options', 'terreau', 'terreau_settings_page' );
}
add_action( 'admin_menu', 'terreau_settings_menu' );

function terreau_settings_page() {
	$saved = wp_parse_args( (array) get_option( TERREAU_OPTION, array() ), array( 'src' => '', 'tiles' => '', 'tiles-attribution' => '', 'geo-api' => '', 'lang' => 'auto' ) );
	$en    = 0 === strpos( get_user_locale(), 'en' );
	$rows  = array(
		'src'               => $en ? 'Data URL (JSON, GeoJSON or CSV); empty: the built-in examples' : 'Adresse des données (JSON, GeoJSON ou CSV) ; vide : les exemples intégrés',
		'tiles'             => $en ? 'Raster tiles URL ({z}/{x}/{y}); empty: none' : 'Adresse des tuiles ({z}/{x}/{y}) ; vide : aucune',
		'tiles-attribution' => $en ? 'Tiles attribution' : 'Attribution des tuiles',
		'geo-api'           => $en ? 'Geo API (commune contours); empty: geo.api.gouv.fr' : 'API géo (contours des communes) ; vide : geo.api.gouv.fr',
	);
	echo '<div class="wrap"><h1>Terreau</h1><form method="post" action="options.php">';
	settings_fields( 'terreau' );
	echo '<table class="form-table" role="presentation">';
	foreach ( $rows as $name => $label ) {
		$id = 'terreau-' . $name;
		echo '<tr><th scope="row"><label for="' . esc_attr( $id ) . '">' . esc_html( $label ) . '</label></th><td><input class="regular-text" type="text" id="' . esc_attr( $id ) . '" name="' . esc_attr( TERREAU_OPTION . '[' . $name . ']' ) . '" value="' . esc_attr( $saved[ $name ] ) . '"></td></tr>';
	}
	echo '<tr><th scope="row"><label for="terreau-lang">' . esc_html( $en ? 'Language' : 'Langue' ) . '</label></th><td><select id="terreau-lang" name="' . esc_attr( TERREAU_OPTION . '[lang]' ) . '">';
	foreach ( array( 'auto' => $en ? 'The site’s language' : 'Celle du site', 'fr' => 'Français', 'en' => 'English' ) as $value => $label ) {
		echo '<option value="' . esc_attr( $value ) . '"' . selected( $saved['lang'], $value, false ) . '>' . esc_html( $label ) . '</option>';
	}
	echo '</select></td></tr></table>';
	submit_button();
	echo '</form></div>';
}
