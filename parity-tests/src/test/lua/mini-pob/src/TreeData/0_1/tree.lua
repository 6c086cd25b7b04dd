return {
	nodes = {
		{ name = "Strong", str = 10 },
		{ name = "Hale", life = 25 },
		{ name = "Stout", str = 5, life = 10 },
	},
}
