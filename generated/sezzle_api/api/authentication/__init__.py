"""The operations of this tag (each module's ``request``); no resource class is generated for them."""
