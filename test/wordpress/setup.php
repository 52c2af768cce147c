<?php
/**
 * Drives a test WordPress from the command line, as wp-cli would (Debian 12 does not package it):
 *   php setup.php HOST install            wp_install() (what wp-admin/install.php calls)
 *   php setup.php HOST install-plugin JSON  install the plugin zip {zip} with Plugin_Upgrader (the upload path)
 *   php setup.php HOST network            turn the install into a multisite network (install_network + populate_network)
 *   php setup.php HOST users JSON         create users {login: role|"super-admin"}, activate the plugin, print app passwords as JSON
 *   php setup.php HOST options JSON       update options (the plugin's settings)
 *   php setup.php HOST activate|deactivate   the plugin (network-wide on a multisite)
 *   php setup.php HOST uninstall          run the plugin's uninstall (deactivate, then uninstall_plugin)
 * HOST selects Debian's /etc/wordpress/config-HOST.php, as a request to http://HOST/ would.
 */
$terreau_host              = $argv[1];
$terreau_action            = $argv[2];
$terreau_args              = isset( $argv[3] ) ? json_decode( $argv[3], true ) : array();
$_SERVER['HTTP_HOST']   = $terreau_host;
$_SERVER['SERVER_NAME'] = $terreau_host;
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_PORT'] = 80;
if ( 'install' === $terreau_action || 'network' === $terreau_action ) {
	define( 'WP_INSTALLING', true );
}
if ( 'network' === $terreau_action ) {
	define( 'WP_INSTALLING_NETWORK', true ); // or install_network() leaves out the network tables
}
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

function out( $value ) {
	echo json_encode( $value ), "\n";
}

switch ( $terreau_action ) {
	case 'install':
		$result = wp_install( 'Terreau test', 'admin', 'admin@example.org', true, '', wp_generate_password( 24 ) );
		out( array( 'user_id' => $result['user_id'] ) );
		break;
	case 'install-plugin':
		require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
		require_once ABSPATH . 'wp-admin/includes/file.php';
		if ( file_exists( WP_PLUGIN_DIR . '/terreau' ) ) {
			out( array( 'installed' => 'already' ) );
			break;
		}
		$upgrader = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
		$result   = $upgrader->install( $terreau_args['zip'] );
		if ( true !== $result ) {
			fwrite( STDERR, 'install failed: ' . ( is_wp_error( $result ) ? $result->get_error_message() : var_export( $upgrader->skin->get_upgrade_messages(), true ) ) . "\n" );
			exit( 1 );
		}
		out( array( 'installed' => $upgrader->plugin_info() ) );
		break;
	case 'network':
		require_once ABSPATH . 'wp-admin/includes/network.php';
		// A single site's $wpdb knows no network table names yet (wp-cli does the same).
		foreach ( $wpdb->tables( 'ms_global' ) as $table => $prefixed ) {
			$wpdb->$table = $prefixed;
		}
		install_network();
		$result = populate_network( 1, $terreau_host, 'admin@example.org', 'Terreau réseau', '/', false );
		if ( is_wp_error( $result ) ) {
			fwrite( STDERR, $result->get_error_message() . "\n" );
			exit( 1 );
		}
		out( array( 'network' => 1 ) );
		break;
	case 'users':
		$passwords = array();
		$logins    = array();
		foreach ( $terreau_args as $login => $role ) {
			$user_id          = username_exists( $login );
			$logins[ $login ] = wp_generate_password( 20, false );
			if ( $user_id ) {
				wp_set_password( $logins[ $login ], $user_id );
			} else {
				$user_id = wp_insert_user( array( 'user_login' => $login, 'user_pass' => $logins[ $login ], 'user_email' => $login . '@example.org', 'role' => 'super-admin' === $role ? 'administrator' : $role ) );
			}
			if ( is_wp_error( $user_id ) ) {
				fwrite( STDERR, $user_id->get_error_message() . "\n" );
				exit( 1 );
			}
			if ( is_multisite() ) {
				add_user_to_blog( 1, $user_id, 'super-admin' === $role ? 'administrator' : $role );
				if ( 'super-admin' === $role ) {
					grant_super_admin( $user_id );
				}
			}
			list( $password ) = WP_Application_Passwords::create_new_application_password( $user_id, array( 'name' => 'terreau-test-' . uniqid() ) );
			$passwords[ $login ] = $password;
		}
		$activated = activate_plugin( 'terreau/terreau.php', '', is_multisite() );
		if ( is_wp_error( $activated ) ) {
			fwrite( STDERR, $activated->get_error_message() . "\n" );
			exit( 1 );
		}
		out( array( 'passwords' => $passwords, 'logins' => $logins, 'unfiltered_html' => array_map( function ( $login ) { return user_can( get_user_by( 'login', $login ), 'unfiltered_html' ); }, array_combine( array_keys( $terreau_args ), array_keys( $terreau_args ) ) ) ) );
		break;
	case 'options':
		foreach ( $terreau_args as $name => $value ) {
			update_option( $name, $value );
		}
		out( $terreau_args );
		break;
	case 'deactivate':
		deactivate_plugins( 'terreau/terreau.php', true, is_multisite() );
		out( array( 'active' => false ) );
		break;
	case 'activate':
		$activated = activate_plugin( 'terreau/terreau.php', '', is_multisite() );
		out( array( 'active' => ! is_wp_error( $activated ) ) );
		break;
	case 'uninstall':
		deactivate_plugins( 'terreau/terreau.php', true, is_multisite() );
		uninstall_plugin( 'terreau/terreau.php' );
		out( array( 'uninstalled' => true ) );
		break;
	default:
		fwrite( STDERR, "unknown action $terreau_action\n" );
		exit( 2 );
}
