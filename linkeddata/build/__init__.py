"""linkeddata.build.builder"""
