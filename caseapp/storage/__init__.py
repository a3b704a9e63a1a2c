"""The only package that imports sqlcipher3: connections, schema, repositories, files."""
