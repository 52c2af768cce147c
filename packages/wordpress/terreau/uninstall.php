<?php
/** Uninstall: remove the settings and the "stripped embed" notes of every site. Content is left as it is. */
defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

function terreau_uninstall_site() {
	delete_option( 'terreau_defaults' );
	delete_post_meta_by_key( '_terreau_stripped' );
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $site_id ) {
		switch_to_blog( $site_id );
		terreau_uninstall_site();
		restore_current_blog();
	}
} else {
	terreau_uninstall_site();
}
